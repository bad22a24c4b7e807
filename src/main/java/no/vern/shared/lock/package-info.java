/** Advisory lock keys, declared by each module and kept unique by a test. */
package no.vern.shared.lock;
