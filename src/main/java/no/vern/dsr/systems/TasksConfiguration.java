package no.vern.dsr.systems;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import no.vern.shared.scheduling.TimedWork;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** The webhook outbox's timed work, and the callback's own security chain. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DsrTaskSettings.class)
class TasksConfiguration {

  @Bean
  RecurringTask<Void> dsrSystemTasksTask(WebhookDispatcher dispatcher, DsrTaskSettings settings) {
    return TimedWork.every(
        "dsr.system-tasks",
        settings.dispatchDelay(),
        Duration.ofSeconds(30),
        dispatcher::scheduled);
  }

  /**
   * A connected system calls back with no bearer token: the HMAC of its own secret over the body is
   * its credential, checked by the controller, which answers 401 to everything else.
   */
  @Bean
  @Order(0)
  SecurityFilterChain taskCallbackChain(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/v1/tasks/*/callback")
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }
}
