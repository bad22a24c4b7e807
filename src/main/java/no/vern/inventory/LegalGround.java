package no.vern.inventory;

import java.util.List;

/**
 * One legal basis an activity rests on, with what backs it: the balancing test and the legitimate
 * interest itself for Art. 6(1)(f) (13(1)(d), 14(2)(b)), or the law for a legal obligation, public
 * task, Art. 9(2)(b)/(g)-(j) and Art. 10. When an activity has several bases, {@code covers} says
 * what each one covers, and {@code subjectCategories} (empty: all of the activity's groups) which
 * groups it applies to, so a notice never tells a debtor that a contract with them is the basis.
 */
public record LegalGround(
    LegalBasis basis,
    String balancingTest,
    Text reference,
    Text interest,
    Text covers,
    List<String> subjectCategories) {

  public LegalGround {
    subjectCategories = ModelLists.copy(subjectCategories);
  }

  /** Whether the basis applies to the group, given the activity's own groups. */
  public boolean appliesTo(String subjectCategory) {
    return subjectCategories.isEmpty() || subjectCategories.contains(subjectCategory);
  }
}
