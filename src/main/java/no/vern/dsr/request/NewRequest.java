package no.vern.dsr.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.vern.dsr.domain.Channel;
import no.vern.dsr.domain.Right;
import org.jspecify.annotations.Nullable;

/**
 * A request as the API or the admin form takes it, already checked for form: at least one right,
 * identifiers by type ({@code email}, {@code phone}, {@code nationalId}), the real date of receipt.
 *
 * @param verifiedBy a verification done before the request was recorded (a case handler on the
 *     phone), or null: then the request waits for one
 */
record NewRequest(
    List<Right> rights,
    Map<String, String> identifiers,
    LocalDate receivedAt,
    Channel channel,
    @Nullable String controller,
    @Nullable String description,
    String language,
    @Nullable ManualVerification verifiedBy) {

  /**
   * How a case handler verified who asks (Art. 12(6)): a method code and the reason it sufficed.
   */
  record ManualVerification(String method, String reason) {}

  @Override
  public String toString() {
    return "NewRequest[" + rights + ", " + channel + ", " + receivedAt + "]";
  }
}
