/** The outbox's rules that need neither Spring nor a database: when to try a mail again. */
package no.vern.mail.domain;
