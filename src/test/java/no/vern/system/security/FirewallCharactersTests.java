package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loop allows exactly what Spring Security's expressions allow, code point by code point. */
class FirewallCharactersTests {

  // Spring Security's own expressions (StrictHttpFirewall), for the comparison.
  private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
  private static final Pattern VALUES =
      Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

  @Test
  void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue; // not a character of its own in a String
      }
      String s = "a" + Character.toString(cp) + "b";
      assertThat(FirewallCharacters.assignedAndNotControl(s))
          .as("U+%04X as a name", cp)
          .isEqualTo(NAMES.matcher(s).matches());
      assertThat(FirewallCharacters.headerValue(s))
          .as("U+%04X in a value", cp)
          .isEqualTo(VALUES.matcher(s).matches());
    }
  }

  @Test
  void aLoneSurrogateIsRefusedAsByTheExpressions() {
    String lone = "a\uD800b";
    assertThat(FirewallCharacters.headerValue(lone)).isEqualTo(VALUES.matcher(lone).matches());
  }

  @Test
  void aRealUserAgentPasses() {
    assertThat(
            FirewallCharacters.headerValue(
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0"))
        .isTrue();
    assertThat(FirewallCharacters.headerValue("nb-NO,nb;q=0.9,\tæøå")).isTrue();
    assertThat(FirewallCharacters.headerValue("bad\u0000value")).isFalse();
  }
}
