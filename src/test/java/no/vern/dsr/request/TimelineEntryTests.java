package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A request's timeline names its actors: the labels StepRecorder writes, read for the page. */
class TimelineEntryTests {

  private static Timeline.Entry by(String actor) {
    return new Timeline.Entry(Instant.EPOCH, "received", actor, "open", null);
  }

  @Test
  void anApiTokensLabelIsAskedForByTheNameTheStaffDirectoryKnows() {
    Timeline.Entry token = by("api_token:0b9e0000-0000-0000-0000-000000000001");
    assertThat(token.principal()).isEqualTo("token:0b9e0000-0000-0000-0000-000000000001");
    assertThat(token.staff()).isTrue();
    assertThat(token.kind()).isEqualTo("API_TOKEN");
  }

  @Test
  void aUserIsStaffAndVernsOwnWorkIsShownAsItIs() {
    assertThat(by("user:0b9e0000-0000-0000-0000-000000000002").staff()).isTrue();
    assertThat(by("user:0b9e0000-0000-0000-0000-000000000002").kind()).isEqualTo("USER");
    Timeline.Entry system = by("system:dsr-reminders");
    assertThat(system.staff()).isFalse();
    assertThat(system.principal()).isEqualTo("system:dsr-reminders");
    assertThat(by("anonymous").kind()).isEqualTo("ANONYMOUS");
  }
}
