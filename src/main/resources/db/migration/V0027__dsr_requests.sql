-- Requests from data subjects (issue 13). What the person wrote and where to reach them are
-- encrypted by the module's AEAD key (keys/dsr), bound to the row; codes are HMACs, never the digits.
CREATE TABLE dsr_request (
    id              uuid PRIMARY KEY,
    reference       text NOT NULL UNIQUE,
    subject_id      uuid,
    state           text NOT NULL,
    rights          text[] NOT NULL,
    channel         text NOT NULL,
    controller      text,
    language        text NOT NULL,
    contact         bytea,
    description     bytea,
    received_at     date NOT NULL,
    first_due_at    date NOT NULL,
    due_at          date NOT NULL,
    extension_reason text,
    denial_ground   text,
    denial_reason   text,
    verification_method text,
    verification_reason text,
    assignee        text,
    reminded_for    date,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    CONSTRAINT dsr_request_state CHECK (state IN ('RECEIVED', 'VERIFYING', 'OPEN', 'IN_PROGRESS',
        'EXTENDED', 'FULFILLED', 'DENIED', 'WITHDRAWN', 'EXPIRED')),
    CONSTRAINT dsr_request_due CHECK (due_at >= first_due_at AND first_due_at > received_at)
);

CREATE INDEX dsr_request_queue ON dsr_request (due_at) WHERE state IN ('OPEN', 'IN_PROGRESS', 'EXTENDED');
CREATE INDEX dsr_request_unverified ON dsr_request (created_at) WHERE state IN ('RECEIVED', 'VERIFYING');
CREATE INDEX dsr_request_subject ON dsr_request (subject_id);

-- At most one live code per request; a new one replaces it.
CREATE TABLE dsr_code (
    request_id  uuid PRIMARY KEY REFERENCES dsr_request (id) ON DELETE CASCADE,
    code_hash   bytea NOT NULL,
    expires_at  timestamptz NOT NULL,
    attempts    integer NOT NULL DEFAULT 0
);

-- Every step of a request: who and when, codes only, never what the person wrote.
CREATE TABLE dsr_timeline (
    id          bigserial PRIMARY KEY,
    request_id  uuid NOT NULL REFERENCES dsr_request (id) ON DELETE CASCADE,
    at          timestamptz NOT NULL,
    step        text NOT NULL,
    actor       text NOT NULL,
    state       text NOT NULL,
    note        text
);

CREATE INDEX dsr_timeline_request ON dsr_timeline (request_id, at);
