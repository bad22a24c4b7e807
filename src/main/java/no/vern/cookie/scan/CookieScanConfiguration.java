package no.vern.cookie.scan;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import no.vern.shared.web.AdminNavigationEntry;
import no.vern.shared.web.AdminNavigationEntry.Group;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scanner's settings, browser, queue task and admin page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CookieScanSettings.class)
class CookieScanConfiguration {

  @Bean
  ChromiumScanner chromiumScanner(CookieScanSettings settings, Clock clock) {
    return new ChromiumScanner(settings.options(), clock);
  }

  /**
   * Scans hold a browser for tens of seconds: never on a request thread, always on the scheduler.
   */
  @Bean
  RecurringTask<Void> cookieScanQueueTask(CookieScanRunner runner, CookieScanSettings settings) {
    return TimedWork.every(
        "cookie.scan-queue", settings.queueDelay(), Duration.ofSeconds(10), runner::runQueued);
  }

  @Bean
  AdminNavigationEntry cookieScansNavigationEntry() {
    return AdminNavigationEntry.page("cookie-scans", "/admin/cookies/scans", 61).in(Group.CONSENT);
  }
}
