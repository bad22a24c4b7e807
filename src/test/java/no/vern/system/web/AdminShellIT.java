package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import no.vern.access.AdminSession;
import no.vern.support.Http;
import no.vern.support.VernTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin shell as the server draws it (docs/web.md): the navigation under its five headings,
 * planned modules left out, "Change my password" for everyone signed in, and errors inside the
 * shell for them only.
 */
@VernTest
class AdminShellIT {

  @LocalServerPort int port;

  @Test
  void theNavigationIsGroupedAndLeavesPlannedModulesOut() {
    AdminSession admin = new AdminSession(port);
    admin.login("admin", "test-admin-password-1234");
    String page = admin.getPage("/admin/audit").body();

    List<String> groups = List.of("RECORDS", "CONSENT", "REQUESTS", "REGISTERS", "SETTINGS");
    int last = -1;
    for (String group : groups) {
      int at = page.indexOf("data-group=\"" + group + "\"");
      assertThat(at).as(group).isGreaterThan(last);
      last = at;
    }
    assertThat(page).doesNotContain("data-group=\"OTHER\"");
    assertThat(page.indexOf("id=\"nav-subject\""))
        .isBetween(page.indexOf("data-group=\"RECORDS\""), page.indexOf("data-group=\"CONSENT\""));
    assertThat(page).contains("id=\"nav-audit\"").contains("aria-current=\"page\"");
    assertThat(page).doesNotContain("/admin/modules/");
    assertThat(page).contains("id=\"change-password-link\"").contains("Change my password");
    assertThat(page).contains("id=\"menu-toggle\"").contains("aria-controls=\"admin-nav\"");
  }

  @Test
  void aSignedInUsersErrorPageIsInsideTheShellAndEveryoneElsesIsNot() {
    AdminSession admin = new AdminSession(port);
    admin.login("admin", "test-admin-password-1234");
    HttpResponse<String> missing = admin.getPage("/admin/no-such-page");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("id=\"admin-nav\"")
        .contains("The page was not found.")
        .contains("id=\"logout\"");

    Http http = new Http(port);
    HttpResponse<String> anonymous =
        http.send(
            http.request("/no-such-page")
                .header("Accept", "text/html")
                .header("Accept-Language", "en")
                .GET());
    assertThat(anonymous.statusCode()).isEqualTo(404);
    assertThat(anonymous.body()).doesNotContain("admin-nav").contains("The page was not found");
  }
}
