package no.vern.inventory;

/** A group of people whose data is processed: customers, debtors, job applicants, ... */
public record SubjectCategory(String id, Text name) {}
