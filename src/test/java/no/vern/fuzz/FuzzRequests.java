package no.vern.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.vern.fuzz.Endpoint.Body;

/**
 * Generates malformed requests for {@link Endpoints}: a valid request of the endpoint, then a few
 * of its parts (path, parameters, headers, body, framing) replaced by pieces of {@link Inputs}.
 * Every value that could be personal data carries the run's canary, so the log can be searched for
 * it afterwards. Seeded, so a failure can be replayed.
 */
public final class FuzzRequests {

  /** One request: what it is (for a failure report), its path, and its bytes on the wire. */
  public record Fuzzed(String description, String path, String method, byte[] bytes) {
    public boolean api() {
      return path.startsWith("/api/") || path.startsWith("/actuator");
    }
  }

  private static final Pattern SLOT = Pattern.compile("\\{\\{([sdnk]):([^}]*)}}");
  private static final List<String> FORMS =
      List.of("contact", "newsletter", "report-download", "seminar", "customer-survey");

  private final Random random;
  private final String canary;
  private final String host;
  private final String token;
  private final List<Endpoint> endpoints;

  public FuzzRequests(long seed, String canary, String host, String token, boolean sharedContext) {
    this.random = new Random(seed);
    this.canary = canary;
    this.host = host;
    this.token = token;
    this.endpoints = Endpoints.ALL.stream().filter(e -> e.sharedSafe() || !sharedContext).toList();
  }

  public Fuzzed next() {
    Endpoint endpoint = pick(endpoints);
    List<String> what = new ArrayList<>();
    String method = chance(8) ? pick(Inputs.METHODS) : endpoint.method();
    String path = path(endpoint.path(), what);
    String query = query(endpoint.parameters(), what);
    Body kind = chance(8) ? pick(List.of(Body.values())) : endpoint.body();
    String boundary = "fz" + Long.toHexString(random.nextLong());
    byte[] body = body(endpoint, kind, boundary, what);
    StringBuilder head = new StringBuilder();
    String target = query.isEmpty() ? path : path + "?" + query;
    head.append(requestLine(method, target, what));
    headers(endpoint, kind, boundary, head, what);
    body = framing(body, head, what);
    head.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    out.write(headBytes, 0, headBytes.length);
    out.write(body, 0, body.length);
    String description =
        method + " " + endpoint.path() + " [" + kind + "] " + String.join(", ", what);
    return new Fuzzed(description, path, method, out.toByteArray());
  }

  private String path(String template, List<String> what) {
    Matcher vars = Pattern.compile("\\{([a-zA-Z]+)}").matcher(template);
    StringBuilder out = new StringBuilder();
    while (vars.find()) {
      String value = validSegment(vars.group(1));
      if (chance(30)) {
        value = canaried(pick(Inputs.PATH_SEGMENTS));
        what.add("path " + vars.group(1) + "=" + shorten(value));
      }
      vars.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    vars.appendTail(out);
    if (chance(5)) {
      String junk = canaried(pick(Inputs.PATH_SEGMENTS));
      what.add("path+" + shorten(junk));
      out.append(chance(50) ? "/" : "").append(junk);
    }
    return out.toString();
  }

  private String validSegment(String name) {
    return switch (name) {
      case "number" -> pick(List.of("1", "2", "3"));
      case "formId" -> pick(FORMS);
      case "list", "purpose" -> "newsletter";
      case "token" -> "tok" + canary;
      case "action" -> pick(List.of("done", "retry", "sent", "acknowledged", "impossible"));
      default -> UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes()).toString();
    };
  }

  private String query(List<String> names, List<String> what) {
    List<String> pairs = new ArrayList<>();
    for (String name : names) {
      if (chance(60)) {
        pairs.add(pair(name, validParameter(name), what));
      }
    }
    if (chance(25)) {
      pairs.add(pair("x" + canary, canary, what));
    }
    if (chance(8)) {
      String chunk = pick(Inputs.CHUNKS);
      what.add("query chunk " + chunk);
      pairs.add(chunk.startsWith("&") ? chunk.substring(1) : chunk);
    }
    return String.join("&", pairs);
  }

  /** name=value, with a one in three chance of a malformed value or name. */
  private String pair(String name, String valid, List<String> what) {
    String encodedName = encode(name);
    String value = encode(valid);
    if (chance(30)) {
      value = encode(canary) + pick(Inputs.ENCODED) + (chance(30) ? pick(Inputs.ENCODED) : "");
      what.add("param " + name + "=" + shorten(value));
    } else if (chance(5)) {
      encodedName = encodedName + pick(Inputs.ENCODED);
      what.add("param name " + shorten(encodedName));
    }
    return encodedName + "=" + value;
  }

  private String validParameter(String name) {
    return switch (name) {
      case "lang" -> pick(List.of("nb", "en", "de"));
      case "identifier" -> "email:" + canary + "@example.invalid";
      case "purpose", "list" -> "newsletter";
      case "subject", "after" -> UUID.randomUUID().toString();
      case "from", "to" -> pick(List.of("1", "2", "2025-01-01T00:00:00Z"));
      case "activity" -> "debt-collection";
      case "source" -> "third-party";
      case "format" -> pick(List.of("csv", "json", "jsonld"));
      case "limit", "before", "version", "action" -> pick(List.of("1", "10", "1200"));
      case "email" -> canary + "@example.invalid";
      case "topic" -> "other";
      case "birthDate" -> "2000-01-01";
      case "username" -> "fuzz-" + canary;
      case "List-Unsubscribe" -> "One-Click";
      default -> canary;
    };
  }

  private byte[] body(Endpoint endpoint, Body kind, String boundary, List<String> what) {
    return switch (kind) {
      case NONE -> chance(5) ? utf8("{\"x\":\"" + canary + "\"}") : new byte[0];
      case JSON -> json(endpoint, what);
      case FORM -> utf8(form(endpoint, what));
      case CSV -> csv(what);
      case MULTIPART -> multipart(endpoint, boundary, what);
      case YAML ->
          utf8(fill(endpoint.template().isEmpty() ? "a: {{s:x}}" : endpoint.template(), what));
    };
  }

  private byte[] json(Endpoint endpoint, List<String> what) {
    if (endpoint.template().isEmpty() || endpoint.body() != Body.JSON || chance(20)) {
      String body = canaried(pick(Inputs.JSON_BODIES));
      what.add("json body " + shorten(body));
      return chance(10) ? withInvalidUtf8(utf8(body)) : utf8(body);
    }
    return utf8(fill(endpoint.template(), what));
  }

  /** Fills the template's slots, each with a small chance of a malformed value. */
  private String fill(String template, List<String> what) {
    Matcher slot = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (slot.find()) {
      String kind = slot.group(1);
      String valid = canaried(slot.group(2));
      String value =
          switch (kind) {
            case "n" -> valid;
            default -> quote(valid);
          };
      if (chance(20)) {
        value =
            switch (kind) {
              case "d" -> chance(70) ? quote(pick(Inputs.DATES)) : pick(Inputs.JSON_VALUES);
              case "n" -> chance(50) ? pick(Inputs.JSON_VALUES) : quote(pick(Inputs.DATES));
              default ->
                  chance(75)
                      ? quote(canaried(pick(Inputs.JSON_STRINGS)))
                      : pick(Inputs.JSON_VALUES);
            };
        value = canaried(value);
        what.add(kind + " slot " + shorten(value));
      }
      slot.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    slot.appendTail(out);
    return out.toString();
  }

  private String form(Endpoint endpoint, List<String> what) {
    List<String> names =
        endpoint.body() == Body.FORM || endpoint.body() == Body.MULTIPART
            ? List.of(endpoint.template().split(","))
            : List.of("email");
    List<String> pairs = new ArrayList<>();
    for (String name : names) {
      if (!name.isEmpty() && chance(85)) {
        pairs.add(pair(name, validParameter(name), what));
      }
    }
    if (chance(10)) {
      String chunk = pick(Inputs.CHUNKS);
      what.add("form chunk " + chunk);
      pairs.add(chunk.startsWith("&") ? chunk.substring(1) : chunk);
    }
    return String.join("&", pairs);
  }

  private byte[] csv(List<String> what) {
    StringBuilder csv = new StringBuilder();
    csv.append(
        chance(10)
            ? canaried(pick(List.of("@C", "", "email,email", "email\u0000", "\"a,b")))
            : "caseNumber,email,collectedAt,lastContactAt,claim");
    int rows = 1 + random.nextInt(3);
    for (int r = 0; r < rows; r++) {
      csv.append(chance(50) ? "\r\n" : "\n");
      List<String> cells =
          new ArrayList<>(
              List.of(
                  "K-" + canary,
                  canary + "@example.invalid",
                  "2025-01-15",
                  "2025-01-16T10:00:00Z",
                  canary));
      if (chance(40)) {
        int i = random.nextInt(cells.size());
        cells.set(i, canaried(pick(Inputs.CSV_CELLS)));
        what.add("csv cell " + shorten(cells.get(i)));
      }
      csv.append(String.join(",", cells));
    }
    byte[] bytes = utf8(csv.toString());
    if (chance(10)) {
      what.add("csv invalid utf-8");
      return withInvalidUtf8(bytes);
    }
    return bytes;
  }

  private byte[] multipart(Endpoint endpoint, String boundary, List<String> what) {
    StringBuilder parts = new StringBuilder();
    if (endpoint.path().startsWith("/api/v1/imports")) {
      parts.append("--").append(boundary).append("\r\n");
      parts.append("Content-Disposition: form-data; name=\"file\"; filename=\"");
      parts.append(chance(10) ? canary + "\u0001.csv" : "a.csv").append("\"\r\n");
      parts.append("Content-Type: text/csv\r\n\r\n");
      parts.append(new String(csv(what), StandardCharsets.ISO_8859_1)).append("\r\n");
    } else {
      for (String name : endpoint.template().split(",")) {
        parts.append("--").append(boundary).append("\r\n");
        String partName = chance(5) ? name + canary + "\u0001" : name;
        parts
            .append("Content-Disposition: form-data; name=\"")
            .append(partName)
            .append("\"\r\n\r\n");
        parts.append(chance(10) ? canary + "\u0000" : validParameter(name)).append("\r\n");
      }
    }
    parts.append("--").append(boundary).append("--\r\n");
    byte[] bytes = parts.toString().getBytes(StandardCharsets.ISO_8859_1);
    if (chance(25)) {
      int cut = random.nextInt(Math.max(1, bytes.length));
      what.add("multipart truncated at " + cut);
      return java.util.Arrays.copyOf(bytes, cut);
    }
    return bytes;
  }

  private String requestLine(String method, String target, List<String> what) {
    if (chance(3)) {
      String line =
          pick(
              List.of(
                  method + " " + target + " HTTP/1.0\r\n",
                  method + " " + target + " HTTP/2.0\r\n",
                  method.toLowerCase() + " " + target + " HTTP/1.1\r\n",
                  method + "  " + target + " HTTP/1.1\r\n",
                  method + " " + target + "\r\n",
                  method + " " + target + " HTTP/1.1 x\r\n"));
      what.add("request line " + shorten(line.strip()));
      return line;
    }
    return method + " " + target + " HTTP/1.1\r\n";
  }

  private void headers(
      Endpoint endpoint, Body kind, String boundary, StringBuilder head, List<String> what) {
    if (chance(97)) {
      head.append("Host: ").append(host).append("\r\n");
    } else {
      String bad = pick(List.of(canary + "..invalid", "a b", "[::1", canary + ":99999"));
      what.add("host " + bad);
      head.append("Host: ").append(bad).append("\r\n");
    }
    head.append("Accept: ").append(pick(Inputs.ACCEPT)).append("\r\n");
    head.append("User-Agent: fuzz ").append(canary).append("\r\n");
    head.append("X-Fuzz: ").append(canary).append("\r\n");
    if (endpoint.api() && chance(85)) {
      head.append("Authorization: Bearer ").append(token).append("\r\n");
    } else if (chance(20)) {
      String auth = pick(List.of("Bearer vern_" + canary, "Basic " + canary, "Bearer", canary));
      what.add("authorization " + shorten(auth));
      head.append("Authorization: ").append(auth).append("\r\n");
    }
    if (kind != Body.NONE || chance(5)) {
      String type =
          switch (kind) {
            case JSON -> "application/json";
            case FORM -> "application/x-www-form-urlencoded; charset=UTF-8";
            case CSV -> "text/csv";
            case MULTIPART -> "multipart/form-data; boundary=" + boundary;
            case YAML -> "application/yaml";
            case NONE -> "text/plain";
          };
      if (chance(10)) {
        type = pick(Inputs.CONTENT_TYPES);
        what.add("content-type " + type);
      }
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    if (chance(40)) {
      head.append("Accept-Language: ")
          .append(canaried(pick(Inputs.ACCEPT_LANGUAGE)))
          .append("\r\n");
    }
    if (chance(20)) {
      String origin =
          pick(List.of("http://" + host, "http://" + canary + ".example.invalid", "null"));
      head.append("Origin: ").append(origin).append("\r\n");
    }
    if (chance(20)) {
      head.append("Referer: http://").append(canary).append(".example.invalid/?q=").append(canary);
      head.append("\r\n");
    }
    if (chance(15)) {
      String cookie =
          pick(List.of("vern_lang=" + canary, "VERN_SESSION=" + canary, "a=\"b", "vern_lang=en"));
      head.append("Cookie: ").append(cookie).append("\r\n");
    }
    if (chance(10)) {
      head.append("Idempotency-Key: ").append(canary).append(pick(Inputs.ENCODED)).append("\r\n");
    }
    if (chance(10)) {
      head.append("X-Correlation-Id: ").append(pick(List.of("<x>", "a".repeat(200), "ok-1")));
      head.append("\r\n");
    }
    if (chance(4)) {
      what.add("obs-text header");
      head.append("X-Obs: ").append(canary).append("\u0085\u00ff\r\n");
    }
    if (chance(2)) {
      what.add("header over 8 KB");
      head.append("X-Big: ").append(canary).append("a".repeat(9000)).append("\r\n");
    }
  }

  /**
   * Content-Length as it should be, or broken. A chunked body gets a chunk size that is not one, so
   * Tomcat refuses it at once instead of waiting for chunks that never come.
   */
  private byte[] framing(byte[] body, StringBuilder head, List<String> what) {
    if (chance(95)) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
      return body;
    }
    int length = body.length;
    String bad =
        pick(
            List.of(
                "Content-Length: abc\r\n",
                "Content-Length: -1\r\n",
                "Content-Length: 1,2\r\n",
                "Content-Length: 99999999999999999999\r\n",
                "Content-Length: " + length + "\r\nContent-Length: " + (length + 1) + "\r\n",
                "Transfer-Encoding: chunked\r\nContent-Length: " + length + "\r\n",
                "Transfer-Encoding: chunked\r\n",
                "Transfer-Encoding: gzip\r\n"));
    what.add("framing " + shorten(bad.strip().replace("\r\n", " ")));
    head.append(bad);
    if (bad.contains("chunked")) {
      byte[] framed =
          java.util.Arrays.copyOf("zz\r\n".getBytes(StandardCharsets.ISO_8859_1), 4 + length);
      System.arraycopy(body, 0, framed, 4, length);
      return framed;
    }
    return body;
  }

  private byte[] withInvalidUtf8(byte[] bytes) {
    byte[] out = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
    System.arraycopy(bytes, at, out, at + 2, bytes.length - at);
    out[at] = (byte) 0xFF;
    out[at + 1] = (byte) 0xC3;
    return out;
  }

  private String canaried(String text) {
    return text.replace("@C", canary);
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\\\"") + "\"";
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
