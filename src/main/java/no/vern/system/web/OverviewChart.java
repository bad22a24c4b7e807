package no.vern.system.web;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import no.vern.shared.web.OverviewTrend;

/**
 * A trend drawn as inline SVG on the server: bars per week in the page's own stylesheet colours, no
 * script and no {@code style} attribute (the Content Security Policy allows neither), and the same
 * numbers as a table for screen readers. Coordinates are in the SVG's own units.
 */
record OverviewChart(
    String id,
    String titleKey,
    String link,
    List<Week> weeks,
    List<OverviewTrend.Series> series,
    List<Bar> bars,
    long max) {

  static final int WIDTH = 360;
  static final int HEIGHT = 140;
  static final int BASELINE = 118;
  private static final int TOP = 16;
  private static final int GROUP = 22;

  /** One week: its Monday and ISO week number, for the axis and the table. */
  record Week(LocalDate monday, int number, int labelX, List<Long> counts) {}

  /**
   * One rectangle; {@code tone} picks its colour in vern.css ({@code .tone-0}, {@code .tone-1}).
   */
  record Bar(int x, int y, int width, int height, String tone) {}

  static OverviewChart of(OverviewTrend trend, LocalDate firstMonday, int weeks) {
    long max = 0;
    for (var s : trend.series()) {
      for (long n : s.perWeek()) {
        max = Math.max(max, n);
      }
    }
    int slot = WIDTH / weeks;
    int barWidth = Math.max(1, GROUP / Math.max(1, trend.series().size()));
    List<Bar> bars = new ArrayList<>();
    List<Week> axis = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      LocalDate monday = firstMonday.plusWeeks(w);
      List<Long> counts = new ArrayList<>();
      for (int s = 0; s < trend.series().size(); s++) {
        List<Long> perWeek = trend.series().get(s).perWeek();
        long n = w < perWeek.size() ? perWeek.get(w) : 0;
        counts.add(n);
        int height = max == 0 ? 0 : (int) Math.round((double) n * (BASELINE - TOP) / max);
        if (height > 0) {
          int x = w * slot + (slot - GROUP) / 2 + s * barWidth;
          bars.add(new Bar(x, BASELINE - height, barWidth, height, "tone-" + (s % 4)));
        }
      }
      axis.add(
          new Week(
              monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), w * slot + slot / 2, counts));
    }
    return new OverviewChart(
        trend.id(), trend.titleKey(), trend.link(), axis, trend.series(), bars, max);
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  public int baseline() {
    return BASELINE;
  }

  public int width() {
    return WIDTH;
  }

  public int labelY() {
    return HEIGHT - 6;
  }

  public int maxY() {
    return TOP - 4;
  }
}
