-- What a request changed in a person's data (issue 14, items 1-4), one row per record or activity:
-- erased or kept with the legal ground and until when (Art. 17(3)), restricted or lifted (Art. 18),
-- an objection's outcome (Art. 21), a rectification's field names (Art. 16). The person's answer
-- is built from these rows, so it still says what was erased after the records are gone. Ids,
-- codes and dates; `reason` is what the case handler wrote (an override's reason, an objection's
-- compelling grounds), which the person is told: write it without other people's data.
CREATE TABLE dsr_change (
    id            bigserial   PRIMARY KEY,
    request_id    uuid        NULL REFERENCES dsr_request (id) ON DELETE CASCADE,
    subject_id    uuid        NOT NULL,
    kind          text        NOT NULL,
    activity      text        NULL,
    record_id     uuid        NULL,
    outcome       text        NOT NULL,
    ground        text        NULL,
    hold_id       uuid        NULL,
    kept_until    date        NULL,
    overridden    boolean     NOT NULL DEFAULT false,
    reason        text        NULL,
    fields        text[]      NOT NULL DEFAULT '{}',
    at            timestamptz NOT NULL,
    actor         text        NOT NULL,
    CONSTRAINT dsr_change_kind CHECK (kind IN ('erasure', 'restriction', 'objection',
        'marketing-objection', 'rectification')),
    CONSTRAINT dsr_change_outcome CHECK (outcome IN ('erased', 'kept', 'restricted',
        'restriction-lifted', 'upheld', 'rejected', 'rectified'))
);

CREATE INDEX dsr_change_request ON dsr_change (request_id, id);
CREATE INDEX dsr_change_subject ON dsr_change (subject_id);
