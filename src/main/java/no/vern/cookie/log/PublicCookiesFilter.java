package no.vern.cookie.log;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.vern.cookie.CookieProblem;
import no.vern.shared.Correlation;
import no.vern.shared.web.RequestFilter;
import no.vern.shared.web.RequestOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * CORS and origin checks of {@code /public/cookies/*} and {@code /.well-known/gpc.json}. What the
 * banner reads (the configuration, receipts, keys, the script) is open to any site, GET only and
 * without credentials: it is the same for every visitor. Posting a choice is for Vern and the
 * allowed sites only: a post whose {@code Origin} (or, without one, {@code Referer}) is another
 * site is refused with 403, as is its preflight, so a hostile page cannot fill the log with choices
 * its visitors never made. Runs after the security chain, so the public rate limit counts refused
 * requests too.
 */
final class PublicCookiesFilter extends RequestFilter {

  static final String CONSENTS = "/public/cookies/consents";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CorsConfiguration open;
  private final CorsConfiguration posting;

  PublicCookiesFilter(CorsConfiguration open, CorsConfiguration posting) {
    this.open = open;
    this.posting = posting;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean consents = CONSENTS.equals(request.getRequestURI());
    CorsConfiguration cors = consents ? posting : open;
    if (CorsUtils.isPreFlightRequest(request)) {
      if (new Processor().processRequest(cors, request, response)) {
        response.setStatus(HttpStatus.NO_CONTENT.value());
      }
      return;
    }
    if (consents && "POST".equals(request.getMethod())) {
      String from = RequestOrigin.sender(request);
      if (from != null
          && !RequestOrigin.isOwn(from, request)
          && posting.checkOrigin(from) == null) {
        write(response);
        return;
      }
    }
    if (CorsUtils.isCorsRequest(request)
        && !new Processor().processRequest(cors, request, response)) {
      return;
    }
    chain.doFilter(request, response);
  }

  static byte[] refusal() {
    Map<String, Object> body = new LinkedHashMap<>();
    var type = CookieProblem.COOKIE_ORIGIN_NOT_ALLOWED;
    body.put("type", type.uri());
    body.put("title", type.title());
    body.put("status", type.status().value());
    body.put(
        "detail",
        "This site may not record cookie choices in Vern: add its origin to"
            + " VERN_COOKIES_ALLOWED_ORIGINS.");
    body.put("correlationId", Correlation.current());
    return JSON.writeValueAsBytes(body);
  }

  private static void write(HttpServletResponse response) throws IOException {
    byte[] body = refusal();
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType("application/problem+json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** Spring's CORS checks, with refusals answered as problem+json like every other refusal. */
  private static final class Processor extends DefaultCorsProcessor {
    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      byte[] body = refusal();
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      response.getHeaders().setContentLength(body.length);
      response.getBody().write(body);
      response.flush();
    }
  }
}
