-- Tasks for connected systems (one per system per request, or per sweep and person) and Art. 19
-- notices to recipients, docs/dsr.md "Connected systems and tasks". The table is also the webhook
-- outbox: a webhook task is due when next_attempt_at has passed. Ids and codes only, except
-- identities: the identifiers the system needs, encrypted with the module's tasks key and removed
-- once the task is closed.
CREATE TABLE dsr_task (
    id              uuid PRIMARY KEY,
    request_id      uuid REFERENCES dsr_request (id) ON DELETE CASCADE,
    subject_id      uuid,
    sweep_id        uuid,
    kind            text NOT NULL,          -- system | notice
    type            text NOT NULL,          -- access, portability, rectification, erasure, ...
    system_id       text,
    recipient       text,
    channel         text NOT NULL,          -- webhook | manual | mail | system
    activities      text[] NOT NULL,
    fields          text[] NOT NULL DEFAULT '{}',
    state           text NOT NULL,          -- open | sent | refused | done | acknowledged | impossible
    identities      bytea,
    due_at          date,
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    via_task        uuid REFERENCES dsr_task (id) ON DELETE SET NULL,
    created_at      timestamptz NOT NULL,
    closed_at       timestamptz,
    closed_by       text,
    note            text
);

CREATE INDEX dsr_task_request ON dsr_task (request_id);
CREATE INDEX dsr_task_due ON dsr_task (next_attempt_at) WHERE state = 'open' AND channel = 'webhook';
-- One deletion task per sweep, person and system, however many of the person's records it took.
CREATE UNIQUE INDEX dsr_task_sweep ON dsr_task (sweep_id, subject_id, system_id)
    WHERE sweep_id IS NOT NULL;

-- The person's identifiers as they were when the request was verified, encrypted, for the tasks of
-- an erasure that runs after Vern itself has erased them. Deleted when the request closes.
CREATE TABLE dsr_task_identity (
    request_id  uuid PRIMARY KEY REFERENCES dsr_request (id) ON DELETE CASCADE,
    identities  bytea NOT NULL,
    created_at  timestamptz NOT NULL
);
