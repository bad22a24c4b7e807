/**
 * Key files kept outside the database (Art. 32): a database dump alone must not reveal what the
 * keys protect. Free of Spring so every module, domain packages included, may use it.
 */
@org.jspecify.annotations.NullMarked
package no.vern.shared.keys;
