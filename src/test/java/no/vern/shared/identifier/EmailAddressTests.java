package no.vern.shared.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTests {

  @Test
  void anAddressIsTrimmedKeptAsEnteredAndNormalisedToLowerCase() {
    var address = EmailAddress.parse("  Kari.Nordmann@Example.INVALID \t").orElseThrow();

    assertThat(address.value()).isEqualTo("Kari.Nordmann@Example.INVALID");
    assertThat(address.normalised()).isEqualTo("kari.nordmann@example.invalid");
  }

  @Test
  void addressesDifferingOnlyInCaseAreEqual() {
    assertThat(EmailAddress.parse("Kari@example.invalid").orElseThrow())
        .isEqualTo(EmailAddress.parse("kari@EXAMPLE.invalid").orElseThrow())
        .hasSameHashCodeAs(EmailAddress.parse("KARI@example.invalid").orElseThrow());
  }

  @Test
  void internationalisedAddressesAreOnlyLowerCased() {
    var address = EmailAddress.parse("Øyvind@Blåbær.example.invalid").orElseThrow();

    assertThat(address.normalised()).isEqualTo("øyvind@blåbær.example.invalid");
  }

  @Test
  void plusAndDotsInTheLocalPartAreKept() {
    assertThat(EmailAddress.parse("kari+news@sub.example.invalid").orElseThrow().normalised())
        .isEqualTo("kari+news@sub.example.invalid");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kari.example.invalid",
        "kari@@example.invalid",
        "kari@nordmann@example.invalid",
        "kari@localhost",
        "kari@example..invalid",
        "kari@.example.invalid",
        "kari@example.invalid.",
        "kari@-example.invalid",
        "@example.invalid",
        "kari@",
        "kari nordmann@example.invalid",
        "kari@example.invalid, ola@example.invalid",
        "kari@example.invalid;ola@example.invalid",
        "Kari <kari@example.invalid>",
        "\"kari\"@example.invalid",
        "kari@[192.0.2.1]",
        "kari\u0000@example.invalid",
        "kari\u00a0@example.invalid"
      })
  void malformedAddressesAreRefused(String raw) {
    assertThat(codes(raw)).containsExactly(Reason.FORMAT);
  }

  @Test
  void theLocalPartHasAtMost64Characters() {
    assertThat(EmailAddress.parse("k".repeat(64) + "@example.invalid").isValid()).isTrue();
    assertThat(codes("k".repeat(65) + "@example.invalid")).containsExactly(Reason.LENGTH);
  }

  @Test
  void theAddressHasAtMost254Characters() {
    String domain = "d".repeat(63) + "." + "d".repeat(63) + "." + "d".repeat(63) + ".invalid";
    String fits = "k".repeat(254 - domain.length() - 1) + "@" + domain;

    assertThat(fits).hasSize(254);
    assertThat(EmailAddress.parse(fits).isValid()).isTrue();
    assertThat(codes("k" + fits)).containsExactly(Reason.LENGTH);
  }

  @Test
  void nothingIsRequired() {
    assertThat(codes("  ")).containsExactly(Reason.REQUIRED);
    assertThat(codes(null)).containsExactly(Reason.REQUIRED);
  }

  private static List<String> codes(String raw) {
    return EmailAddress.parse(raw).reasons().stream().map(Reason::code).toList();
  }
}
