package no.vern.inventory;

/**
 * A group of people whose data is processed: customers, debtors, job applicants, ... {@code
 * contract} says whether the people in it have, or are entering, a contract with the controller; a
 * debtor's contract is with the creditor, not with a collection agency (Art. 6(1)(b)).
 */
public record SubjectCategory(String id, Text name, Boolean contract) {

  public SubjectCategory(String id, Text name) {
    this(id, name, null);
  }
}
