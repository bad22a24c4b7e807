/**
 * Key files kept outside the database (Art. 32): a database dump alone must not reveal what the
 * keys protect. Free of Spring so every module, domain packages included, may use it.
 */
package no.vern.shared.keys;
