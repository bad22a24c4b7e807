package no.vern.inventory;

/**
 * Automated decision-making (Art. 13(2)(f), 22): the logic in plain words, what it means for the
 * person, and how they get a human to look at it.
 */
public record AutomatedDecision(Text logic, Text significance, Text humanReview) {}
