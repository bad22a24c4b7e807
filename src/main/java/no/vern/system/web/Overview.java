package no.vern.system.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.vern.shared.time.Deadlines;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounters;
import no.vern.shared.web.OverviewTrends;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The overview's counters: every module's {@link OverviewCounters} bean, in order. No list here
 * names the modules. Only the beans whose pages the reader may open are asked, so a counter never
 * leads to a refusal and nothing is counted that nobody will see.
 */
@Component
class Overview {

  /** Twelve weeks, the current one last: a quarter, long enough to see a trend. */
  static final int WEEKS = 12;

  private final List<OverviewCounters> contributed;
  private final List<OverviewTrends> trends;
  private final Clock clock;

  Overview(List<OverviewCounters> contributed, List<OverviewTrends> trends, Clock clock) {
    this.contributed =
        contributed.stream().sorted(Comparator.comparingInt(OverviewCounters::order)).toList();
    this.trends = trends.stream().sorted(Comparator.comparingInt(OverviewTrends::order)).toList();
    this.clock = clock;
  }

  /** The trends the reader may follow, as charts of the last {@link #WEEKS} weeks. */
  List<OverviewChart> chartsFor(Collection<? extends GrantedAuthority> authorities) {
    Set<String> held = held(authorities);
    LocalDate firstMonday =
        LocalDate.now(clock.withZone(Deadlines.NORWAY))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(WEEKS - 1);
    return trends.stream()
        .filter(t -> t.roles().stream().anyMatch(role -> held.contains("ROLE_" + role)))
        .map(t -> OverviewChart.of(t.trend(firstMonday, WEEKS), firstMonday, WEEKS))
        .toList();
  }

  private static Set<String> held(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
  }

  List<OverviewCounter> countersFor(Collection<? extends GrantedAuthority> authorities) {
    Set<String> held = held(authorities);
    return contributed.stream()
        .filter(c -> c.roles().stream().anyMatch(role -> held.contains("ROLE_" + role)))
        .flatMap(c -> c.counters().stream())
        .toList();
  }
}
