/**
 * Who may do what: admin users with passwords and lockout, API tokens with roles and expiry, and
 * the first-run bootstrap (GDPR Art. 5(1)(f), 25, 32).
 */
@org.jspecify.annotations.NullMarked
package no.vern.access;
