package no.vern.inventory;

/** A person or function people can write to. Use a role address, not a personal one. */
public record Contact(String name, String email, String phone, String address) {}
