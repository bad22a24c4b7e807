package no.vern.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import no.vern.shared.identifier.IdentifierType;
import no.vern.subject.Identifier;
import no.vern.subject.NewRecord;
import no.vern.subject.PersonalDataRecords;
import no.vern.subject.RecordId;
import no.vern.subject.SubjectId;
import no.vern.subject.SubjectRegistry;
import no.vern.support.Http;
import no.vern.support.Reactions;
import no.vern.support.VernTest;
import no.vern.system.security.MatrixOperations.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorisation matrix's need-to-know column (issue 18): every route that shows one person's
 * data, called by every role {@code security/authorisation-matrix.csv} lets in, each caller scoped
 * to the accounting-firm office {@code alta}, about a person known only to {@code tromso} and about
 * one known to {@code alta}. Outside the scope each answers as for an unknown person (404, or "no
 * match" for the search) and the attempt is on the trail; inside, the route works. A person route
 * in the table that is not listed here fails the test: a new one needs the scope too.
 */
@VernTest
class ScopeMatrixIT {

  private static final String TABLE = "/security/authorisation-matrix.csv";
  private static final String PASSWORD = "scope-matrix-password-0123";
  private static final Set<String> READING_ROLES = Set.of("ADMIN", "DPO", "CASE_HANDLER");

  /** Every route that shows one person's data, as its row in the table names it. */
  private static final List<String> PERSON_READING =
      List.of(
          "POST /api/v1/subjects/lookup",
          "GET /api/v1/subjects/{id}/records",
          "GET /api/v1/records/{id}",
          "GET /api/v1/subjects/{id}/disclosures",
          "GET /api/v1/access-packages/{subject}",
          "GET /api/v1/access-packages/{subject}/review",
          "POST /admin/subjects",
          "GET /admin/subjects/{id}",
          "GET /admin/subjects/{id}/merge",
          "GET /api/v1/subjects/{id}/reads",
          "GET /admin/subjects/{id}/reads");

  /** What a route that names a person by id looks like in the table, so none is missed. */
  private static final Pattern NAMES_A_PERSON =
      Pattern.compile("GET /(api/v1|admin)/(subjects|records|access-packages)/\\{[^}]+}.*");

  private record Person(SubjectId subject, String email, RecordId record) {}

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired SubjectRegistry registry;
  @Autowired PersonalDataRecords records;
  @Autowired Clock clock;

  @Test
  void aCallerScopedToOneOfficeIsAnsweredAsUnknownOnEveryPersonRouteOutsideIt() throws IOException {
    Map<String, String> table = table();
    for (String key : table.keySet()) {
      if (NAMES_A_PERSON.matcher(key).matches()) {
        assertThat(PERSON_READING)
            .as("a person route without a scope check here: %s", key)
            .contains(key);
      }
    }
    assertThat(table.keySet()).containsAll(PERSON_READING);

    Http http = new Http(port);
    String base = "http://localhost:" + port;
    Person tromso = person("tromso", "customers-tromso");
    Person alta = person("alta", "customers-alta");
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    int audited = 0;
    for (String key : PERSON_READING) {
      String[] parts = key.split(" ", 2);
      boolean api = parts[1].startsWith("/api/");
      for (String role : table.get(key).split("\\s+")) {
        if (!READING_ROLES.contains(role)) {
          continue;
        }
        MatrixCaller caller = api ? token(http, role, base) : session(role, base);
        String who = key + " as scoped " + role;
        HttpResponse<String> outside = call(caller, parts, tromso, api);
        cells++;
        if (!parts[1].endsWith("/merge")) {
          // The merge page refuses an unsuggested pair before it asks about the scope.
          audited++;
        }
        if (!refused(parts[1], outside)) {
          wrong.add(who + " about a Tromso person: " + outside.statusCode());
        }
        if (!parts[1].endsWith("/merge")) {
          // The merge page needs a suggested duplicate; outside the scope is what matters there.
          HttpResponse<String> inside = call(caller, parts, alta, api);
          if (inside.statusCode() != (parts[1].equals("/admin/subjects") ? 302 : 200)) {
            wrong.add(who + " about an Alta person: " + inside.statusCode());
          }
        }
      }
    }
    assertThat(cells).isGreaterThanOrEqualTo(PERSON_READING.size());
    assertThat(wrong).as("person routes that ignore the caller's scope").isEmpty();
    Reactions.settle();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_entry WHERE action_code = 1500"
                        + " AND resource_id = ?")
                .param(tromso.subject().toString())
                .query(Long.class)
                .single())
        .as("SCOPE_REFUSED entries about the Tromso person")
        .isGreaterThanOrEqualTo(audited);
  }

  /** Out of scope: 404 as for an unknown id, or the search's "no match" page. */
  private static boolean refused(String path, HttpResponse<String> answer) {
    if (path.equals("/admin/subjects")) {
      return answer.statusCode() == 200 && answer.body().contains("id=\"search-no-match\"");
    }
    return answer.statusCode() == 404;
  }

  /** The route about person {@code p}: by id in the address, or by e-mail in the body. */
  private static HttpResponse<String> call(
      MatrixCaller caller, String[] parts, Person p, boolean api) {
    Operation op = operation(parts, p, api);
    if (op.method().equals("POST")) {
      return caller.call(
          op,
          api
              ? "{\"type\":\"email\",\"value\":\"" + p.email() + "\"}"
              // The admin search as its page posts it since issue 16: one field, no type.
              : "value=" + java.net.URLEncoder.encode(p.email(), StandardCharsets.UTF_8));
    }
    return caller.call(op);
  }

  private static Operation operation(String[] parts, Person p, boolean api) {
    String method = parts[0];
    String path =
        parts[1]
            .replace(
                "{id}",
                parts[1].startsWith("/api/v1/records/")
                    ? p.record().toString()
                    : p.subject().toString())
            .replace("{subject}", p.subject().toString());
    if (path.endsWith("/merge")) {
      path = path + "?from=" + UUID.randomUUID();
    }
    if (path.endsWith("/disclosures")) {
      path = path + "?audience=dpo";
    }
    if (method.equals("POST") && api) {
      return new Operation("api", method, parts[1], path, "application/json");
    }
    if (method.equals("POST")) {
      return new Operation("admin", method, parts[1], path, "application/x-www-form-urlencoded");
    }
    return new Operation(api ? "api" : "admin", method, parts[1], path, null);
  }

  private Person person(String controller, String activity) {
    String email = controller + "." + UUID.randomUUID() + "@example.invalid";
    SubjectId subject = registry.resolve(List.of(new Identifier(IdentifierType.EMAIL, email)));
    RecordId record =
        records.store(
            subject,
            new NewRecord(
                controller,
                activity,
                "contact-form",
                clock.instant(),
                Map.of("note", "Synthetic scope matrix note"),
                null,
                null,
                null,
                null),
            "system:test");
    return new Person(subject, email, record);
  }

  private MatrixCaller token(Http http, String role, String base) {
    HttpResponse<String> created =
        http.postJson(
            http.api("/api/v1/tokens"),
            "{\"name\":\"scope matrix "
                + role
                + " "
                + UUID.randomUUID()
                + "\",\"roles\":[\""
                + role
                + "\"],\"expiresInDays\":1,\"scope\":{\"controllers\":[\"alta\"]}}");
    assertThat(created.statusCode()).isEqualTo(201);
    String secret = JsonMapper.builder().build().readTree(created.body()).get("secret").asString();
    return MatrixCaller.token("scoped " + role, role, secret, base);
  }

  private MatrixCaller session(String role, String base) {
    UUID id = UUID.randomUUID();
    String username = "scoped-" + role.toLowerCase() + "-" + id;
    jdbc.sql(
            "INSERT INTO access_user (id, username, password_hash, roles, enabled,"
                + " must_change_password, created_at, scope_all) VALUES (?, ?, ?, ?, true, false, ?,"
                + " false)")
        .params(
            id,
            username,
            new BCryptPasswordEncoder(4).encode(PASSWORD),
            new String[] {role},
            java.sql.Timestamp.from(Instant.now()))
        .update();
    jdbc.sql("INSERT INTO access_scope (principal, kind, target) VALUES (?, 'controller', 'alta')")
        .param("user:" + id)
        .update();
    return MatrixCaller.session("scoped " + role, role, username, PASSWORD, base);
  }

  private static Map<String, String> table() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream in = ScopeMatrixIT.class.getResourceAsStream(TABLE)) {
      assertThat(in).as(TABLE).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", -1);
        rows.put(cells[0].strip() + " " + cells[1].strip(), cells[2].strip());
      }
    }
    return rows;
  }
}
