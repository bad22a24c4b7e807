package no.vern.system.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.vern.shared.web.OverviewCounter;
import no.vern.shared.web.OverviewCounters;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The overview's counters: every module's {@link OverviewCounters} bean, in order. No list here
 * names the modules. Only the beans whose pages the reader may open are asked, so a counter never
 * leads to a refusal and nothing is counted that nobody will see.
 */
@Component
class Overview {

  private final List<OverviewCounters> contributed;

  Overview(List<OverviewCounters> contributed) {
    this.contributed =
        contributed.stream().sorted(Comparator.comparingInt(OverviewCounters::order)).toList();
  }

  List<OverviewCounter> countersFor(Collection<? extends GrantedAuthority> authorities) {
    Set<String> held =
        authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    return contributed.stream()
        .filter(c -> c.roles().stream().anyMatch(role -> held.contains("ROLE_" + role)))
        .flatMap(c -> c.counters().stream())
        .toList();
  }
}
