package no.vern.inventory;

/**
 * A legal entity that decides purposes and means (Art. 4(7)). A group may be one controller, or
 * each department may be its own, as in an accounting firm with independent offices.
 */
public record Controller(
    String id,
    String name,
    String organisationNumber,
    String country,
    String address,
    String email,
    String phone) {}
