package no.vern.cookie.log;

import java.time.LocalDate;

/**
 * The choices recorded in one ISO week (Monday, UTC), how many accepted each optional category, and
 * those counts as whole percentages of the week's choices (components, so the page reads them as
 * plain properties).
 */
record WeekRates(
    LocalDate week,
    int total,
    int preferences,
    int statistics,
    int marketing,
    int preferencesPercent,
    int statisticsPercent,
    int marketingPercent) {

  static WeekRates of(LocalDate week, int total, int preferences, int statistics, int marketing) {
    return new WeekRates(
        week,
        total,
        preferences,
        statistics,
        marketing,
        percent(preferences, total),
        percent(statistics, total),
        percent(marketing, total));
  }

  private static int percent(int accepted, int total) {
    return total == 0 ? 0 : Math.round(accepted * 100f / total);
  }
}
