package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.junit.jupiter.api.Test;

class AdminNavigationTests {

  @Test
  void entriesAreListedUnderTheirGroupInTheGroupsOrderAndThenByTheirOwnOrder() {
    AdminNavigation navigation =
        new AdminNavigation(
            List.of(
                AdminNavigationEntry.page("users", "/admin/users", 130).in(Group.SETTINGS),
                AdminNavigationEntry.page("consent", "/admin/consent", 50).in(Group.CONSENT),
                AdminNavigationEntry.page("home", "/admin", 0).in(Group.HOME),
                AdminNavigationEntry.page("retention", "/admin/retention", 80).in(Group.RECORDS),
                AdminNavigationEntry.page("subject", "/admin/subjects", 30).in(Group.RECORDS)));

    assertThat(navigation.sections())
        .extracting(AdminNavigation.Section::group)
        .containsExactly(Group.RECORDS, Group.CONSENT, Group.SETTINGS);
    assertThat(navigation.sections().get(0).entries())
        .extracting(AdminNavigationEntry::id)
        .containsExactly("subject", "retention");
    assertThat(navigation.sections().get(0).messageKey()).isEqualTo("nav.group.records");
  }

  @Test
  void aPlannedModuleIsNotListedButKeepsItsPlaceholderPage() {
    AdminNavigation navigation =
        new AdminNavigation(
            List.of(
                AdminNavigationEntry.planned("breach", 100).in(Group.REGISTERS),
                AdminNavigationEntry.page("audit", "/admin/audit", 120).in(Group.REGISTERS)));

    assertThat(navigation.sections()).hasSize(1);
    assertThat(navigation.sections().get(0).entries())
        .extracting(AdminNavigationEntry::id)
        .containsExactly("audit");
    assertThat(navigation.plannedModule("breach")).isPresent();
  }

  @Test
  void anEntryWhoseModuleNamesNoGroupIsListedLastUnderOther() {
    AdminNavigation navigation =
        new AdminNavigation(
            List.of(
                AdminNavigationEntry.page("new-module", "/admin/new", 5),
                AdminNavigationEntry.page("mail", "/admin/mail", 110).in(Group.SETTINGS)));

    assertThat(navigation.sections())
        .extracting(AdminNavigation.Section::group)
        .containsExactly(Group.SETTINGS, Group.OTHER);
  }

  @Test
  void twoEntriesWithOneIdStopVern() {
    assertThatThrownBy(
            () ->
                new AdminNavigation(
                    List.of(
                        AdminNavigationEntry.page("mail", "/admin/mail", 110),
                        AdminNavigationEntry.page("mail", "/admin/mail2", 111))))
        .isInstanceOf(IllegalStateException.class);
  }
}
