package no.vern.intake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

  @Test
  void plainRecordsWithLfAndCrlf() throws IOException {
    assertThat(read("a,b\r\nc,d\ne,f"))
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
  }

  @Test
  void aTrailingLineBreakEndsTheLastRecordWithoutAnEmptyOne() throws IOException {
    assertThat(read("a,b\r\n")).containsExactly(List.of("a", "b"));
  }

  @Test
  void emptyFieldsAreKept() throws IOException {
    assertThat(read(",x,\n,,\n")).containsExactly(List.of("", "x", ""), List.of("", "", ""));
  }

  @Test
  void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
    assertThat(read("\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nnext,\"\"\n"))
        .containsExactly(List.of("a,b", "say \"hi\"", "two\r\nlines"), List.of("next", ""));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws IOException {
    assertThat(read("\uFEFFemail,name\n")).containsExactly(List.of("email", "name"));
  }

  @Test
  void aQuotedNewlineCountsTowardsTheLineNumber() throws IOException {
    try (CsvReader csv = reader("\"a\nb\",c\nd\n")) {
      csv.next();
      assertThat(csv.line()).isEqualTo(3);
    }
  }

  @Test
  void malformedQuotingIsRefusedWithTheLineAndWithoutTheText() {
    assertThatThrownBy(() -> read("ok\n\"secret\"x\n"))
        .isInstanceOf(CsvReader.CsvFormatException.class)
        .hasMessageContaining("line 2")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> read("se\"cret\n")).isInstanceOf(CsvReader.CsvFormatException.class);
    assertThatThrownBy(() -> read("\"never closed\n"))
        .isInstanceOf(CsvReader.CsvFormatException.class);
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] latin1 = "Bj\u00f8rn\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> {
              try (CsvReader csv = new CsvReader(new ByteArrayInputStream(latin1))) {
                csv.next();
              }
            })
        .isInstanceOf(CsvReader.CsvFormatException.class)
        .hasMessageContaining("UTF-8");
  }

  private static List<List<String>> read(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader csv = reader(text)) {
      for (List<String> r = csv.next(); r != null; r = csv.next()) {
        records.add(r);
      }
    }
    return records;
  }

  private static CsvReader reader(String text) {
    return new CsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
