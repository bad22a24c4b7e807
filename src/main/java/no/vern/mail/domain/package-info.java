/** The outbox's rules that need neither Spring nor a database: when to try a mail again. */
@org.jspecify.annotations.NullMarked
package no.vern.mail.domain;
