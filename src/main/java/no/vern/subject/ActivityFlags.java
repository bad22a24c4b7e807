package no.vern.subject;

/** A subject's restriction (Art. 18) and objection (Art. 21) for one processing activity. */
public record ActivityFlags(String activity, boolean restricted, boolean objected) {}
