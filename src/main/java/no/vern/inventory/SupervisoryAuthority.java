package no.vern.inventory;

/** Where a data subject may complain (Art. 77); Datatilsynet for a Norwegian controller. */
public record SupervisoryAuthority(String name, String country, String url) {}
