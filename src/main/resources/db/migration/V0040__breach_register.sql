-- The breach register (GDPR Art. 33(5), docs/breaches.md): every breach, notified or not, with
-- the facts, the risk assessment and the decision. Free text here is the register's own content
-- (read by the DPO and lawyers); the audit trail and events only ever name the breach by id.
CREATE TABLE breach (
  id                 uuid        PRIMARY KEY,
  summary            text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
  type               text        NOT NULL
    CHECK (type IN ('confidentiality', 'integrity', 'availability')),
  aware_at           timestamptz NOT NULL,
  -- aware_at + 72 elapsed hours (Art. 33(1)); stored so lists and the DPO alerts can index it.
  notify_by          timestamptz NOT NULL,
  occurred_from      timestamptz NULL,
  occurred_to        timestamptz NULL,
  reporter_kind      text        NULL
    CHECK (reporter_kind IN ('staff', 'processor', 'data-subject', 'third-party', 'other')),
  reported_by        text        NULL,
  main_cause         text        NULL,
  what_happened      text        NULL,
  data_categories    text[]      NOT NULL DEFAULT '{}',
  subject_categories text[]      NOT NULL DEFAULT '{}',
  approx_subjects    integer     NULL CHECK (approx_subjects >= 0),
  approx_records     integer     NULL CHECK (approx_records >= 0),
  relationship       text        NULL,
  data_location      text        NULL,
  consequences       text        NULL,
  measures_taken     text        NULL,
  measures_planned   text        NULL,
  risk               text        NULL CHECK (risk IN ('none', 'risk', 'high')),
  risk_reasoning     text        NULL,
  notify_decision    text        NULL CHECK (notify_decision IN ('notify', 'not-notify')),
  decision_reason    text        NULL,
  subjects_informed  text        NULL,
  contact            text        NULL,
  -- Art. 34(3): why the people affected are not told one by one, and the public notice if any.
  exception_ground   text        NULL
    CHECK (exception_ground IN ('unintelligible', 'risk-no-longer-likely',
                                'disproportionate-effort')),
  exception_reason   text        NULL,
  public_notice      text        NULL,
  recorded_by        text        NOT NULL,
  recorded_at        timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CONSTRAINT breach_period CHECK (occurred_to IS NULL OR occurred_from IS NULL
                                  OR occurred_to >= occurred_from),
  CONSTRAINT breach_exception_has_reason CHECK (exception_ground IS NULL
                                                OR exception_reason IS NOT NULL)
);
CREATE INDEX breach_notify_by ON breach (notify_by);

-- Notifications given: to Datatilsynet (Art. 33, in phases, 33(4)) or to the people affected
-- (Art. 34) by another channel than Vern's own mail. A first notification to Datatilsynet after
-- notify_by carries the reasons for the delay (33(1)).
CREATE TABLE breach_notification (
  id            uuid        PRIMARY KEY,
  breach_id     uuid        NOT NULL REFERENCES breach (id),
  recipient     text        NOT NULL CHECK (recipient IN ('datatilsynet', 'data-subjects')),
  phase         text        NOT NULL CHECK (phase IN ('initial', 'follow-up', 'final')),
  notified_at   timestamptz NOT NULL,
  channel       text        NOT NULL CHECK (length(channel) BETWEEN 1 AND 100),
  reference     text        NULL CHECK (length(reference) <= 100),
  adds          text        NULL,
  late          boolean     NOT NULL,
  delay_reasons text        NULL,
  -- The document as it was submitted (docs/breaches.md), so a later edit of the breach does not
  -- change what the register says was sent.
  document      jsonb       NULL,
  recorded_by   text        NOT NULL,
  recorded_at   timestamptz NOT NULL,
  CONSTRAINT breach_notification_late_has_reasons CHECK (NOT late OR delay_reasons IS NOT NULL)
);
CREATE INDEX breach_notification_breach ON breach_notification (breach_id, notified_at);

-- The DPO's reminders of the clock, each once per breach (24 and 6 hours left).
CREATE TABLE breach_alert (
  breach_id  uuid        NOT NULL REFERENCES breach (id),
  hours_left integer     NOT NULL,
  sent_at    timestamptz NOT NULL,
  PRIMARY KEY (breach_id, hours_left)
);

-- Art. 34 notices sent through the outbox: one row per person and breach, so a re-run never
-- writes to anyone twice. Ids only: the address is in the (encrypted) outbox, not here.
CREATE TABLE breach_subject_notice (
  breach_id  uuid        NOT NULL REFERENCES breach (id),
  subject_id uuid        NOT NULL REFERENCES subject (id),
  language   text        NOT NULL CHECK (language IN ('nb', 'en')),
  mail_id    uuid        NULL,
  told_at    timestamptz NOT NULL,
  told_by    text        NOT NULL,
  PRIMARY KEY (breach_id, subject_id)
);
