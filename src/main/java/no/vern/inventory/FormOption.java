package no.vern.inventory;

/** One answer of a choice field: the stored {@code value} and what the person reads. */
public record FormOption(String value, Text label) {}
