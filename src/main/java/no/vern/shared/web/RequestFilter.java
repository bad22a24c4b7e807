package no.vern.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Vern's base for servlet filters: Spring's {@link OncePerRequestFilter} with the name of its
 * "already filtered" request attribute made once. Spring concatenates it from the filter's name on
 * every request, for every filter: with a dozen of Vern's filters on a request, the largest single
 * source of garbage on the cookie log's path (bench/COOKIE.md). The name depends only on the
 * filter's name, fixed once the filter is initialised, so the first request's name holds for all.
 */
public abstract class RequestFilter extends OncePerRequestFilter {

  private volatile @Nullable String alreadyFiltered;

  @Override
  protected String getAlreadyFilteredAttributeName() {
    String name = alreadyFiltered;
    if (name == null) {
      name = super.getAlreadyFilteredAttributeName();
      alreadyFiltered = name;
    }
    return name;
  }
}
