-- Two optional fields on every audit entry (issue 10, findings 4 and 6):
--  reported_actor: who an integrator says did the thing it reports through POST /api/v1/audit/events
--                  (an opaque reference in its own system). The actor columns always name the
--                  calling token; this is the integrator's claim, kept apart and labelled as such.
--  reason:         a short code saying why an entry was denied or failed (API_TOKEN_REJECTED keeps
--                  REVOKED, EXPIRED, UNKNOWN or MALFORMED, which the caller is no longer told).
-- Both are NULL on every earlier entry. The chain's hash covers them only when one is present (a
-- second version of the canonical form), so entries written before this migration verify as they
-- did. Adding nullable columns rewrites no row, so the append-only triggers are not involved.

ALTER TABLE audit_entry
    ADD COLUMN reported_actor text CHECK (char_length(reported_actor) BETWEEN 1 AND 200),
    ADD COLUMN reason         text CHECK (reason ~ '^[A-Z][A-Z0-9_]{0,39}$');

ALTER TABLE audit_pending
    ADD COLUMN reported_actor text CHECK (char_length(reported_actor) BETWEEN 1 AND 200),
    ADD COLUMN reason         text CHECK (reason ~ '^[A-Z][A-Z0-9_]{0,39}$');
