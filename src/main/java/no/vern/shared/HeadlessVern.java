package no.vern.shared;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vern without a web server, for command-line verbs ({@code audit verify}, {@code subject
 * rotate-key}): the same settings and database as the service, quiet logs, nothing listening and no
 * scheduled work.
 */
public final class HeadlessVern {

  private HeadlessVern() {}

  /** {@code args} are the whole command line; everything after the verb is Spring settings. */
  public static ConfigurableApplicationContext start(Class<?> application, String[] args) {
    String[] settings = Arrays.copyOfRange(args, Math.min(2, args.length), args.length);
    return new SpringApplicationBuilder(application)
        .web(WebApplicationType.NONE)
        // A verb must not pick scheduled runs (send mail, purge) while it checks or rotates keys.
        .properties("logging.level.root=WARN", "db-scheduler.enabled=false")
        .run(settings);
  }
}
