package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounter.Severity;
import no.vern.shared.web.OverviewCounters;
import no.vern.shared.web.OverviewTrend;
import no.vern.shared.web.OverviewTrends;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class OverviewTests {

  // A Wednesday: the twelve weeks end with the week of Monday 2026-12-07.
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-09T10:00:00Z"), ZoneOffset.UTC);
  private final List<String> asked = new ArrayList<>();

  @Test
  void onlyTheContributionsWhoseRolesTheReaderHoldsAreAskedAndTheyComeInOrder() {
    Overview overview =
        new Overview(
            List.of(
                counters("mail", 110, "ADMIN", "DPO"),
                counters("requests", 70, "CASE_HANDLER", "DPO")),
            List.of(),
            clock);

    assertThat(overview.countersFor(List.of(new SimpleGrantedAuthority("ROLE_DPO"))))
        .extracting(OverviewCounter::id)
        .containsExactly("requests", "mail");
    asked.clear();
    assertThat(overview.countersFor(List.of(new SimpleGrantedAuthority("ROLE_MARKETING"))))
        .isEmpty();
    assertThat(asked).as("nothing counted for a reader who cannot follow it").isEmpty();
  }

  @Test
  void aZeroIsInOrderWhateverTheSeverityOfAnyOther() {
    assertThat(OverviewCounter.count("x", "k", 0, Severity.URGENT, "/admin").severity())
        .isEqualTo(Severity.OK);
    assertThat(OverviewCounter.count("x", "k", 2, Severity.URGENT, "/admin").severity())
        .isEqualTo(Severity.URGENT);
  }

  @Test
  void aTrendIsAskedForTwelveWeeksFromAMondayAndDrawnToScale() {
    List<LocalDate> from = new ArrayList<>();
    OverviewTrends requests =
        new OverviewTrends() {
          public Set<String> roles() {
            return Set.of("DPO");
          }

          public int order() {
            return 70;
          }

          public OverviewTrend trend(LocalDate firstMonday, int weeks) {
            from.add(firstMonday);
            List<Long> perWeek = new ArrayList<>(java.util.Collections.nCopies(weeks, 0L));
            perWeek.set(weeks - 1, 10L);
            perWeek.set(weeks - 2, 5L);
            return new OverviewTrend(
                "requests",
                "t",
                "/admin/requests",
                List.of(new OverviewTrend.Series("s", perWeek)));
          }
        };
    Overview overview = new Overview(List.of(), List.of(requests), clock);

    List<OverviewChart> charts =
        overview.chartsFor(List.of(new SimpleGrantedAuthority("ROLE_DPO")));

    assertThat(from).containsExactly(LocalDate.of(2026, 9, 21));
    OverviewChart chart = charts.get(0);
    assertThat(chart.weeks()).hasSize(12);
    assertThat(chart.weeks().get(11).monday()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(chart.weeks().get(11).number()).isEqualTo(50);
    assertThat(chart.max()).isEqualTo(10);
    // Weeks without requests have no bar; the highest reaches the top, half of it half as high.
    assertThat(chart.bars()).hasSize(2);
    OverviewChart.Bar half = chart.bars().get(0);
    OverviewChart.Bar full = chart.bars().get(1);
    assertThat(full.y() + full.height()).isEqualTo(chart.baseline());
    assertThat(half.height() * 2).isBetween(full.height() - 1, full.height() + 1);
    assertThat(full.x()).isGreaterThan(half.x());
    assertThat(overview.chartsFor(List.of(new SimpleGrantedAuthority("ROLE_AUDITOR")))).isEmpty();
  }

  private OverviewCounters counters(String id, int order, String... roles) {
    return new OverviewCounters() {
      public Set<String> roles() {
        return Set.of(roles);
      }

      public int order() {
        return order;
      }

      public List<OverviewCounter> counters() {
        asked.add(id);
        return List.of(OverviewCounter.count(id, "k", 1, Severity.ATTENTION, "/admin/" + id));
      }
    };
  }
}
