-- Spring Modulith's event publication registry, schema version 2 of spring-modulith-events-jdbc
-- 2.1 (docs/events.md). A row is written in the publishing transaction for every module listener
-- (@ApplicationModuleListener) the event goes to, so it exists if and only if the action
-- committed; the listener's success deletes it (completion mode DELETE), so what stays is exactly
-- what has not been done yet, and that is retried at restart and listed on /admin/events.
-- The serialized event is JSON of ids and codes only (EventPayloadTests): no personal data.
-- Created here rather than by Modulith's schema initialisation, which stays off.
CREATE TABLE event_publication (
  id                     uuid PRIMARY KEY,
  -- The listening method, e.g. no.vern.consent.newsletter.Unsubscriptions.withdrawn(...).
  listener_id            text NOT NULL,
  event_type             text NOT NULL,
  serialized_event       text NOT NULL,
  publication_date       timestamptz NOT NULL,
  completion_date        timestamptz NULL,
  -- PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED (Modulith's EventPublication.Status).
  status                 text NULL,
  completion_attempts    integer NULL,
  last_resubmission_date timestamptz NULL
);

-- Modulith finds a publication by its event and listener when it completes or fails one.
CREATE INDEX event_publication_serialized_event_hash_idx
  ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
