package no.vern.dsr.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which paths the need-to-know guard reads a request's id from, and which it leaves alone. */
class RequestScopeGuardTests {

  private static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000001");

  @Test
  void theIdIsTheSegmentAfterRequestsUnderTheApiAndTheAdminPages() {
    assertThat(RequestScopeGuard.requestId("/api/v1/requests/" + ID)).contains(ID);
    assertThat(RequestScopeGuard.requestId("/api/v1/requests/" + ID + "/tasks/x/done"))
        .contains(ID);
    assertThat(RequestScopeGuard.requestId("/admin/requests/" + ID + "/changes")).contains(ID);
  }

  @Test
  void pagesThatAreNotOneRequestAreLeftToTheirControllers() {
    assertThat(RequestScopeGuard.requestId("/admin/requests/new")).isEmpty();
    assertThat(RequestScopeGuard.requestId("/api/v1/requests")).isEmpty();
    assertThat(RequestScopeGuard.requestId("/api/v1/requests/not-a-request-id-but-36-chars-long"))
        .isEmpty();
    assertThat(RequestScopeGuard.requestId("/rights/" + ID)).isEmpty();
  }
}
