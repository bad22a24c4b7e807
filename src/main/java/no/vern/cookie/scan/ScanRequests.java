package no.vern.cookie.scan;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.stereotype.Component;

/** Checks the addresses of a requested scan and queues it; bad ones answer problem+json. */
@Component
class ScanRequests {

  private final CookieScans scans;

  ScanRequests(CookieScans scans) {
    this.scans = scans;
  }

  UUID request(List<String> urls, String principal) {
    List<URI> checked;
    try {
      checked = ScanUrls.parse(urls.stream().filter(u -> !u.isBlank()).toList());
    } catch (ScanUrls.InvalidScanUrl e) {
      String detail = String.valueOf(e.getMessage());
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          detail,
          List.of(new FieldError("urls", "invalid-url", detail)));
    }
    return scans.request(checked, principal);
  }
}
