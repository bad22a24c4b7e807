package no.vern.inventory;

/** A technical or organisational measure (Art. 32) that activities refer to by id. */
public record SecurityMeasure(String id, Text description) {}
