package no.vern.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Lets a test speak from another client address: a request with {@code X-Test-Client-Address}
 * reaches Vern with that as its remote address, as Boot's forward-headers support would set it
 * behind a proxy. Every test request comes from 127.0.0.1 (the kernel picks that source for any
 * loopback destination), so without it the tests of the sign-in throttle, which counts per address,
 * would throttle each other and every other test's sign-in. Requests without the header are
 * untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClientAddresses {

  public static final String HEADER = "X-Test-Client-Address";

  @Bean
  FilterRegistrationBean<Filter> testClientAddressFilter() {
    Filter filter =
        (request, response, chain) -> {
          String address = ((HttpServletRequest) request).getHeader(HEADER);
          if (address == null) {
            chain.doFilter(request, response);
            return;
          }
          chain.doFilter(
              new HttpServletRequestWrapper((HttpServletRequest) request) {
                @Override
                public String getRemoteAddr() {
                  return address;
                }
              },
              response);
        };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
