package no.vern.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A link on a person's page is shown only to the roles its page admits. */
class PersonPageLinkTests {

  private final PersonPageLink disclosures =
      new PersonPageLink("disclosures", "/admin/disclosures", "x", Set.of("ADMIN", "DPO"), 20);

  @Test
  void theLinkIsOpenToAReaderWithOneOfItsRoles() {
    assertThat(disclosures.openTo(List.of("ROLE_CASE_HANDLER", "ROLE_DPO"))).isTrue();
    assertThat(disclosures.openTo(List.of("ROLE_CASE_HANDLER"))).isFalse();
    assertThat(disclosures.openTo(List.of())).isFalse();
  }
}
