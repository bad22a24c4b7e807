package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.vern.access.Role;
import no.vern.support.Http;
import no.vern.support.VernTest;
import no.vern.system.security.MatrixOperations.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API operation in {@code /v3/api-docs} and every admin route, called by every role, by the
 * anonymous caller, with a bad, a revoked and an expired token, and across zones (an admin session
 * at the API, an API token at the admin pages), against {@code security/authorisation-matrix.csv}.
 * An operation without a row, or a row without an operation, fails the build: a new endpoint needs
 * a decision about who may call it.
 *
 * <p>Allowed means anything but 401/403 (and, for pages, but the redirect to the login form): the
 * bodies are empty or minimal, so a 400 or 404 from the operation itself is expected. Denied means
 * 401 or 403 exactly; in the admin zone a caller without a session may also be sent to the login
 * form, the browser's way of saying 401.
 */
@VernTest
class AuthorisationMatrixIT {

  private static final String TABLE = "/security/authorisation-matrix.csv";
  private static final String PASSWORD = "matrix-password-0123456789";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mapping;

  @Test
  void everyOperationAnswersEveryCallerAsTheTableSays() throws IOException {
    Http http = new Http(port);
    String base = "http://localhost:" + port;
    List<Operation> operations = new ArrayList<>();
    operations.addAll(
        MatrixOperations.fromApiDocs(
            JsonMapper.builder().build().readTree(http.get("/v3/api-docs").body())));
    operations.addAll(MatrixOperations.adminRoutes(mapping));
    Map<String, String> table = table();

    Set<String> withoutRow = new TreeSet<>();
    operations.forEach(op -> withoutRow.add(op.key()));
    Set<String> stale = new TreeSet<>(table.keySet());
    stale.removeAll(withoutRow);
    withoutRow.removeAll(table.keySet());
    assertThat(withoutRow)
        .as("operations without a row in %s: decide who may call them", TABLE)
        .isEmpty();
    assertThat(stale).as("rows in %s for operations that no longer exist", TABLE).isEmpty();

    List<MatrixCaller> api = apiCallers(http, base);
    List<MatrixCaller> admin = adminCallers(http, base);
    List<String> wrong = new ArrayList<>();
    StringBuilder record = new StringBuilder();
    int cells = 0;
    for (Operation op : operations) {
      Allowed allowed = Allowed.parse(table.get(op.key()));
      for (MatrixCaller caller : op.zone().equals("api") ? api : admin) {
        HttpResponse<String> answer = caller.call(op);
        cells++;
        boolean expected = allowed.admits(op.zone(), caller);
        String outcome = outcome(op, answer);
        record.append(op.key()).append(',').append(caller.name).append(',');
        record.append(answer.statusCode()).append(',').append(outcome).append('\n');
        if (!outcome.equals(expected ? "allowed" : "denied")) {
          wrong.add(op.key() + " as " + caller.name + ": " + answer.statusCode() + " " + outcome);
        }
      }
    }
    long apiOps = operations.stream().filter(o -> o.zone().equals("api")).count();
    String size =
        "Authorisation matrix: %d API operations x %d callers + %d admin routes x %d callers = %d cells"
            .formatted(apiOps, api.size(), operations.size() - apiOps, admin.size(), cells);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/authorisation-matrix.txt"), size + "\n" + record);
    System.out.println(size);
    assertThat(wrong).as("cells that differ from %s", TABLE).isEmpty();
  }

  /** Allowed, denied, or denied by sending to the login form; 5xx counts as neither. */
  private static String outcome(Operation op, HttpResponse<String> answer) {
    int status = answer.statusCode();
    if (status == 401 || status == 403) {
      return "denied";
    }
    String location = answer.headers().firstValue("Location").orElse("");
    if (op.zone().equals("admin") && status == 302 && location.endsWith("/admin/login")) {
      return "denied";
    }
    return status >= 500 ? "error" : "allowed";
  }

  private List<MatrixCaller> apiCallers(Http http, String base) {
    List<MatrixCaller> callers = new ArrayList<>(refusedCallers(http, base));
    for (Role role : Role.values()) {
      callers.add(
          MatrixCaller.token(role.name(), role.name(), http.tokenWithRole(role.name()), base));
    }
    callers.add(session("admin session", Role.ADMIN, base));
    return callers;
  }

  private List<MatrixCaller> adminCallers(Http http, String base) {
    List<MatrixCaller> callers = new ArrayList<>(refusedCallers(http, base));
    for (Role role : Role.values()) {
      callers.add(session(role.name(), role, base));
    }
    callers.add(MatrixCaller.token("ADMIN token", null, http.tokenWithRole("ADMIN"), base));
    return callers;
  }

  /** Anonymous, and three ADMIN tokens that must not work: unknown, revoked, expired. */
  private List<MatrixCaller> refusedCallers(Http http, String base) {
    String revoked = http.tokenWithRole("ADMIN");
    jdbc.sql("UPDATE access_api_token SET revoked_at = now() WHERE prefix = ?")
        .param(revoked.substring(0, 12))
        .update();
    String expired = http.tokenWithRole("ADMIN");
    jdbc.sql("UPDATE access_api_token SET expires_at = now() - interval '1 day' WHERE prefix = ?")
        .param(expired.substring(0, 12))
        .update();
    String unknown = "vern_" + "B".repeat(43);
    return List.of(
        MatrixCaller.anonymous(base),
        MatrixCaller.token("bad token", null, unknown, base),
        MatrixCaller.token("revoked token", null, revoked, base),
        MatrixCaller.token("expired token", null, expired, base));
  }

  private MatrixCaller session(String name, Role role, String base) {
    String username = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all) VALUES (?, ?, ?, ?, true, false, ?,"
                + " true)")
        .params(
            UUID.randomUUID(),
            username,
            new BCryptPasswordEncoder(4).encode(PASSWORD),
            new String[] {role.name()},
            java.sql.Timestamp.from(Instant.now()))
        .update();
    return MatrixCaller.session(name, role.name(), username, PASSWORD, base);
  }

  private static Map<String, String> table() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream(TABLE)) {
      assertThat(in).as(TABLE).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", -1);
        assertThat(cells).as("a row is method,path,allowed: %s", line).hasSize(3);
        String key = cells[0].strip() + " " + cells[1].strip();
        assertThat(rows.put(key, cells[2].strip())).as("one row per operation: %s", key).isNull();
      }
    }
    return rows;
  }

  /** A row's third cell: {@code anyone}, {@code signed-in}, or role names separated by spaces. */
  private record Allowed(boolean anyone, boolean anySignedIn, Set<String> roles) {

    static Allowed parse(String cell) {
      return switch (cell) {
        case "anyone" -> new Allowed(true, true, Set.of());
        case "signed-in" -> new Allowed(false, true, Set.of());
        default -> new Allowed(false, false, Set.of(cell.split("\\s+")));
      };
    }

    /**
     * Whether the caller may call an operation of the zone. A token counts in the API only and a
     * session at the admin pages only; a refused token gets 401 even where anyone may call.
     */
    boolean admits(String zone, MatrixCaller caller) {
      boolean rightKind = zone.equals("api") ? !caller.session : caller.session;
      if (caller.role == null || !rightKind) {
        boolean refusedToken =
            zone.equals("api") && !caller.session && !caller.name.equals("anonymous");
        return anyone && !refusedToken;
      }
      return anyone || anySignedIn || roles.contains(caller.role);
    }
  }
}
