/**
 * The server side of the cookie banner: its configuration from the active inventory ({@code GET
 * /public/cookies/config}), the append-only log of visitors' choices ({@code POST
 * /public/cookies/consents}), signed receipts, {@code /.well-known/gpc.json}, the admin page, the
 * export and the log's retention (docs/cookies.md).
 */
@org.jspecify.annotations.NullMarked
package no.vern.cookie.log;
