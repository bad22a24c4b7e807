package no.vern.dsr.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransitionsTests {

  @Test
  void aRequestMustBeVerifiedBeforeItCanBeAnswered() {
    assertThat(Transitions.after(RequestState.RECEIVED, Step.FULFILLED)).isEmpty();
    assertThat(Transitions.after(RequestState.VERIFYING, Step.FULFILLED)).isEmpty();
    assertThat(Transitions.after(RequestState.VERIFYING, Step.VERIFIED))
        .contains(RequestState.OPEN);
    assertThat(Transitions.after(RequestState.OPEN, Step.FULFILLED))
        .contains(RequestState.FULFILLED);
  }

  @Test
  void nothingMovesAClosedRequest() {
    for (RequestState closed : RequestState.values()) {
      if (!closed.closed()) {
        continue;
      }
      for (Step step : Step.values()) {
        assertThat(Transitions.after(closed, step)).as(closed + " " + step).isEmpty();
      }
    }
  }

  @Test
  void onlyUnverifiedRequestsExpire() {
    assertThat(Transitions.after(RequestState.VERIFYING, Step.EXPIRED))
        .contains(RequestState.EXPIRED);
    assertThat(Transitions.after(RequestState.OPEN, Step.EXPIRED)).isEmpty();
  }

  @Test
  void anUnidentifiedPersonsRequestMayBeRefusedBeforeVerification() {
    assertThat(Transitions.after(RequestState.RECEIVED, Step.DENIED)).contains(RequestState.DENIED);
  }

  @Test
  void statesHaveTheDataRightsProtocolsLowerCaseCodes() {
    assertThat(RequestState.IN_PROGRESS.code()).isEqualTo("in_progress");
    assertThat(RequestState.ofCode("in_progress")).isEqualTo(RequestState.IN_PROGRESS);
  }
}
