package no.vern.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

class CallerRolesTests {

  @Test
  void aCallerHoldingOneOfTheRolesIsLetThrough() {
    var dpo = new TestingAuthenticationToken("dpo", "", "ROLE_DPO");
    assertThat(CallerRoles.any(dpo, "ADMIN", "DPO")).isTrue();
    assertThat(CallerRoles.any(dpo, "ADMIN")).isFalse();
  }

  @Test
  void onlyRoleAuthoritiesCount() {
    var odd = new TestingAuthenticationToken("odd", "", "DPO", "SCOPE_ADMIN");
    assertThat(CallerRoles.any(odd, "ADMIN", "DPO")).isFalse();
  }
}
