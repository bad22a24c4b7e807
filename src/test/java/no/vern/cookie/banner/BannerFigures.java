package no.vern.cookie.banner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The banner's figures for bench/COOKIE-BANNER.md: time from DOMContentLoaded to the banner in the
 * page, next to the same page showing a trivial element at DOMContentLoaded, and the layout shift.
 * The browser cache is off, so every load fetches the script and the configuration (a first visit).
 * Written to target/cookie-banner-figures.md.
 */
record BannerFigures(List<Double> banner, List<Double> baseline, double maxLayoutShift, int loads) {

  static BannerFigures measure(ChromeDriver browser, String origin, int loads) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    List<Double> banner = new ArrayList<>();
    List<Double> baseline = new ArrayList<>();
    double shift = 0;
    for (int i = 0; i < loads; i++) {
      browser.manage().deleteAllCookies();
      banner.add(load(browser, origin + "/"));
      shift = Math.max(shift, number(browser, "return window.cls"));
      baseline.add(load(browser, origin + "/baseline.html"));
    }
    return new BannerFigures(banner, baseline, shift, loads);
  }

  private static double load(ChromeDriver browser, String url) {
    browser.get(url);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> ((JavascriptExecutor) d).executeScript("return window.shown") != null);
    return number(browser, "return window.shown - window.dcl");
  }

  private static double number(ChromeDriver browser, String script) {
    return ((Number) browser.executeScript(script)).doubleValue();
  }

  double bannerMedianMillis() {
    return median(banner);
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static int gzipped(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(bytes) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.size();
  }

  void write(int gzippedBytes) {
    double b = median(banner);
    double base = median(baseline);
    String text =
        """
        # Cookie banner figures (CookieBannerBrowserIT)

        | figure | value |
        |---|---|
        | banner.js gzipped (level 9) | %d bytes |
        | DOMContentLoaded to banner in the page, median of %d loads | %.1f ms (min %.1f, max %.1f) |
        | same page, trivial element at DOMContentLoaded, median | %.2f ms |
        | ratio banner / baseline | %.0f |
        | cumulative layout shift, worst load | %s |
        """
            .formatted(
                gzippedBytes,
                loads,
                b,
                banner.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                banner.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                base,
                base > 0 ? b / base : Double.NaN,
                maxLayoutShift);
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "cookie-banner-figures.md"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
