package no.vern.inventory;

/**
 * A person or function people can write to. Use a role address, not a personal one. The name is a
 * function ("the privacy team"), so it is written in both languages.
 */
public record Contact(Text name, String email, String phone, String address) {}
