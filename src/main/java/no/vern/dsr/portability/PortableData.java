package no.vern.dsr.portability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What Art. 20 gives a person: the data they provided themselves, for activities resting on consent
 * or a contract, in a structured, machine-readable form ({@link #FORMAT}, schema in docs/dsr.md).
 * Data Vern received from others or derived is not portable, and activities on other bases are left
 * out (they are in the access package).
 */
public record PortableData(
    String format, Instant generatedAt, UUID subject, List<PortableRecord> records) {

  public static final String FORMAT = "vern-portability/1";

  /** One record: its activity, the basis that makes it portable (consent or contract), its data. */
  public record PortableRecord(
      UUID id, String activity, String basis, Instant collectedAt, Map<String, Object> data) {

    @Override
    public String toString() {
      return "PortableRecord[id=" + id + ", data=***]";
    }
  }

  public List<String> activities() {
    return records.stream().map(PortableRecord::activity).distinct().toList();
  }

  @Override
  public String toString() {
    return "PortableData[subject=" + subject + ", records=" + records.size() + "]";
  }
}
