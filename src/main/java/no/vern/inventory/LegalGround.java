package no.vern.inventory;

/**
 * One legal basis an activity rests on, with what backs it: the balancing test for legitimate
 * interest (Art. 6(1)(f)), or the law for a legal obligation, public task, Art. 9(2)(b)/(g)-(j) and
 * Art. 10.
 */
public record LegalGround(LegalBasis basis, String balancingTest, String reference) {}
