package no.vern.system.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link VernErrorValve} in place of Tomcat's error report valve. Boot adds a plain {@link
 * ErrorReportValve} to the host in a context customizer; this one runs after it (lowest
 * precedence), takes it out, and names Vern's valve as the host's error valve so Tomcat adds no
 * default one when the host starts.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsConfiguration {

  @Bean
  ContainerAnswers containerAnswers(MessageSource messages) {
    return new ContainerAnswers(messages);
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> vernErrorValve(
      ContainerAnswers answers) {
    return new ValveCustomizer(answers);
  }

  private record ValveCustomizer(ContainerAnswers answers)
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(
          context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            if (host instanceof StandardHost standard) {
              standard.setErrorReportValveClass(VernErrorValve.class.getName());
            }
            host.getPipeline().addValve(new VernErrorValve(answers));
          });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
