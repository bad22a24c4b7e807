package no.vern.shared.web;

import java.util.List;

/**
 * A trend on the admin overview: one or more series of counts per week, drawn by the shell as a
 * small bar chart with a table beside it for screen readers. Counts only, never personal data.
 *
 * @param id stable, for tests and the page's element ids ({@code trend-<id>})
 * @param titleKey the chart's title, a message in the module's bundle
 * @param link the page that holds what is counted
 * @param series the lines of the chart, each with one count per week, oldest first
 */
public record OverviewTrend(String id, String titleKey, String link, List<Series> series) {

  /** One series: its label (a message key) and a count per week, oldest first. */
  public record Series(String labelKey, List<Long> perWeek) {
    public Series {
      perWeek = List.copyOf(perWeek);
    }
  }

  public OverviewTrend {
    series = List.copyOf(series);
  }
}
