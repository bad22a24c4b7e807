/** Advisory lock keys, declared by each module and kept unique by a test. */
@org.jspecify.annotations.NullMarked
package no.vern.shared.lock;
