-- db-scheduler's table (docs/scheduling.md): one row per task execution, shared by every Vern
-- instance on this database, so each recurring run is picked by exactly one of them. The layout is
-- the library's own PostgreSQL schema for version 16 and must stay so; a later library upgrade that
-- changes it gets a new migration. Rows hold task names and times only: task_data is unused by
-- Vern's recurring tasks and must never hold personal data.
CREATE TABLE scheduled_tasks (
  task_name            text NOT NULL,
  -- 'recurring' for a recurring task: one row per task.
  task_instance        text NOT NULL,
  task_data            bytea,
  -- When it runs next; moved forward by the schedule after each run.
  execution_time       timestamptz NOT NULL,
  -- Taken by an instance (picked_by) that is running it now and heart-beating last_heartbeat; a row
  -- picked with a stale heartbeat is a run that died half-way and is revived by any instance.
  picked               boolean NOT NULL,
  picked_by            text,
  last_success         timestamptz,
  last_failure         timestamptz,
  consecutive_failures integer,
  last_heartbeat       timestamptz,
  -- Optimistic lock: an instance picks a row only if the version it read is still there.
  version              bigint NOT NULL,
  priority             smallint,
  PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx
  ON scheduled_tasks (priority DESC, execution_time ASC);
