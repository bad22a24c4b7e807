package no.vern.consent.domain;

/**
 * What the person's restrictions and objections say about the activities a decision is asked about:
 * any restriction (Art. 18), any objection under Art. 21(1) that has been upheld (one only raised
 * or rejected stops nothing), and any objection to direct marketing (Art. 21(3), in force once
 * raised).
 */
public record Limits(boolean restricted, boolean objectionUpheld, boolean marketingObjection) {

  public static final Limits NONE = new Limits(false, false, false);
}
