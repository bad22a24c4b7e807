package no.vern.fuzz;

import java.util.List;

/** The malformed pieces the generator combines: what the black-box test of issue 10 sent. */
final class Inputs {

  private Inputs() {}

  /** Already percent-encoded: invalid UTF-8, control characters, broken escapes. */
  static final List<String> ENCODED =
      List.of(
          "%FF",
          "%C3",
          "%ED%A0%80",
          "%F4%90%80%80",
          "%C0%AF",
          "%00",
          "%01",
          "%1F",
          "%7F",
          "%C2%85",
          "%G1",
          "%",
          "%4",
          "+",
          "%2B",
          "%C3%A6%C3%B8%C3%A5",
          "%E2%80%AE",
          "%EF%BB%BF",
          "%0D%0A",
          "%27%22%3C%3E",
          "%25",
          "%26%3D",
          "a".repeat(3000));

  /** Raw chunks of a query string or form body, placed between parameters. */
  static final List<String> CHUNKS = List.of("&=x", "==", "&&", "=", "&%FF=1", "&a%00b=1", "&;=1");

  static final List<String> PATH_SEGMENTS =
      List.of(
          "%00",
          "%2F",
          "%2f",
          "%5C",
          "..",
          "%2E%2E",
          ";x=1",
          "%25",
          "{}",
          "%FF",
          "%C3%A6",
          "x".repeat(3000),
          "00000000-0000-0000-0000-000000000000",
          "-1",
          "0",
          "99999999999999999999",
          "1e9",
          "%20",
          "~",
          "%3B",
          "a%0Db",
          "nb%FF",
          "\\",
          "|");

  static final List<String> JSON_STRINGS =
      List.of(
          "\\u0000",
          "@C\\u0000",
          "\\ud800",
          "\\udfff@C",
          "\\u202e@C",
          "",
          " ",
          "@C".repeat(20000),
          "<script>@C</script>",
          "email:@C",
          "email:",
          ":",
          "nationalId:01010112345",
          "phone:+47 @C",
          "\\\\u0000",
          "../../etc/passwd",
          "'; DROP TABLE x; --@C");

  static final List<String> JSON_VALUES =
      List.of(
          "1e999",
          "-1",
          "0",
          "99999999999999999999999",
          "0.5",
          "true",
          "null",
          "[]",
          "{}",
          "[\"@C\"]",
          "{\"@C\":\"\\u0000\"}",
          "-0",
          "1E400");

  static final List<String> DATES =
      List.of(
          "-4714-11-23T00:00:00Z",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "0000-01-01T00:00:00Z",
          "1899-12-31T23:59:59Z",
          "9999-12-31T23:59:59Z",
          "+10000-01-01T00:00:00Z",
          "2025-02-30T00:00:00Z",
          "2025-01-15",
          "2025-01-15T10:00:00+25:00",
          "2025-01-15T10:00:00.123456789123Z",
          "@C",
          "");

  /** Whole bodies that are not JSON, or not what the endpoint reads. */
  static final List<String> JSON_BODIES =
      List.of(
          "",
          "{",
          "[",
          "null",
          "\"@C\"",
          "{\"@C\":",
          "[".repeat(3000),
          "{\"a\":".repeat(1500),
          "{\"x\":\"@C\u0000\"}",
          "{\"x\":\"@C\u0001\"}",
          "\uFEFF{}",
          "{\"x\":1,\"x\":2}",
          "[1,2,3]",
          "{'a':'@C'}",
          "{\"x\":\"\\uZZZZ@C\"}");

  static final List<String> CSV_CELLS =
      List.of(
          "K-2025-1",
          "@C@example.invalid",
          "2025-01-15",
          "-4714-11-23T00:00:00Z",
          "+999999999-12-31T23:59:59Z",
          "\"unbalanced @C",
          "@C\u0000",
          "=cmd|' /C calc'!A0",
          "x".repeat(20000),
          "\"a\"\"b\"",
          "nb\u00e6\u00f8",
          "");

  static final List<String> ACCEPT =
      List.of(
          "text/html",
          "application/json",
          "*/*",
          "application/problem+json",
          "text/csv",
          "a/b/c",
          "",
          "text/html;q=0.9,*/*;q=0.1",
          "application/xml",
          "image/png");

  static final List<String> CONTENT_TYPES =
      List.of(
          "application/json",
          "application/json; charset=nope",
          "text/plain",
          "application/x-www-form-urlencoded",
          "application/x-www-form-urlencoded; charset=UTF-8",
          "multipart/form-data",
          "multipart/form-data; boundary=",
          "multipart/form-data; boundary=\"\"",
          "text/csv",
          "text/csv; charset=UTF-16",
          "application/yaml",
          ";;;",
          "x");

  static final List<String> METHODS =
      List.of(
          "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "CONNECT", "FOO");

  static final List<String> ACCEPT_LANGUAGE =
      List.of("nb", "en", "*", "xx-;;;", "en;q=abc", "nn-NO,en;q=0.5", "@C");
}
