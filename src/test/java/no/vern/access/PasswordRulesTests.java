package no.vern.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

  @Test
  void elevenCharactersAreTooFewAndTwelveAreEnough() {
    assertThat(PasswordRules.problem("abcdefghijk")).contains("access.password.tooShort");
    assertThat(PasswordRules.problem("abcdefghijkl")).isEmpty();
    assertThat(PasswordRules.problem(null)).contains("access.password.tooShort");
  }

  @Test
  void moreThanBcryptReadsIsRefused() {
    assertThat(PasswordRules.problem("x".repeat(72))).isEmpty();
    assertThat(PasswordRules.problem("x".repeat(73))).contains("access.password.tooLong");
    // 37 x 'ø' is 37 characters but 74 bytes.
    assertThat(PasswordRules.problem("\u00f8".repeat(37))).contains("access.password.tooLong");
  }

  @Test
  void theOneTimePasswordIsLongEnoughAndAcceptable() {
    String password = PasswordRules.oneTimePassword();
    assertThat(password).hasSizeGreaterThanOrEqualTo(16);
    assertThat(PasswordRules.problem(password)).isEmpty();
    assertThat(PasswordRules.oneTimePassword()).isNotEqualTo(password);
  }
}
