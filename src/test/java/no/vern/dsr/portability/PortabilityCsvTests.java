package no.vern.dsr.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortabilityCsvTests {

  @Test
  void everyFieldIsARowWithNestedFieldsByPathAndQuotingAsRfc4180Wants() {
    UUID id = UUID.fromString("00000000-0000-4000-8000-000000000001");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("message", "Hello, \"world\"");
    data.put("address", Map.of("city", "Oslo"));
    data.put("tags", List.of("a", "b"));
    data.put("amount", -5);
    data.put("formula", "=HYPERLINK(\"x\")");
    var portable =
        new PortableData(
            PortableData.FORMAT,
            Instant.EPOCH,
            UUID.randomUUID(),
            List.of(
                new PortableData.PortableRecord(
                    id, "events", "contract", Instant.parse("2026-01-31T12:00:00Z"), data)));

    String prefix = id + ",events,contract,2026-01-31T12:00:00Z,";
    assertThat(PortabilityCsv.of(portable))
        .isEqualTo(
            "record_id,activity,basis,collected_at,field,value\r\n"
                + prefix
                + "message,\"Hello, \"\"world\"\"\"\r\n"
                + prefix
                + "address.city,Oslo\r\n"
                + prefix
                + "tags[0],a\r\n"
                + prefix
                + "tags[1],b\r\n"
                // A number stays a number; text that a spreadsheet would run is defused.
                + prefix
                + "amount,-5\r\n"
                + prefix
                + "formula,\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  }
}
