-- The inventory being edited, before it is published: one draft for the organisation (a Vern
-- serves one organisation), kept as typed, problems and all, so the DPO can come back to it.
-- Publishing activates it as a new inventory_version and deletes the row; so does discarding.

CREATE TABLE inventory_draft (
    id       smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    document text        NOT NULL,
    sha256   text        NOT NULL,
    saved_at timestamptz NOT NULL,
    saved_by text        NOT NULL
);
