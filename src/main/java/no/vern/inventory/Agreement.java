package no.vern.inventory;

import java.time.LocalDate;

/** A data processing agreement (Art. 28(3)): where to find it and when it was signed. */
public record Agreement(String reference, LocalDate date) {}
