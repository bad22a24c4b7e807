package no.vern.intake.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import no.vern.intake.IntakeProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.web.RequestOrigin;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /public/forms/*}. The public zone has no session, no cookie that authenticates and
 * no CSRF token, so a forged post could not act as anyone; what it could do is make visitors of a
 * hostile site send submissions from thousands of addresses, past the per-address rate limit. So:
 *
 * <ul>
 *   <li>A POST whose {@code Origin} (or, without one, {@code Referer}) is neither Vern's own origin
 *       nor an allowed one is refused with 403 problem+json. Browsers always send {@code Origin} on
 *       cross-site posts; a post with neither header does not come from another site's page.
 *   <li>CORS for the allowed origins only, without credentials: preflights from anywhere else are
 *       refused, so no other site's script may read the forms or post JSON to them.
 *   <li>Multipart bodies over the JSON limit are refused before they are read: the public zone
 *       takes no files, and the upload limit is for the API's imports.
 * </ul>
 *
 * Runs after the security chain, so its rate limit counts refused requests too.
 */
final class PublicFormsFilter extends OncePerRequestFilter {

  private final CorsConfiguration cors;
  private final long maxBodyBytes;
  private final FormMessages messages;

  PublicFormsFilter(CorsConfiguration cors, long maxBodyBytes, FormMessages messages) {
    this.cors = cors;
    this.maxBodyBytes = maxBodyBytes;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refusal = refusal(request);
    if (CorsUtils.isPreFlightRequest(request)) {
      if (new Processor(refusal).processRequest(cors, request, response)) {
        response.setStatus(HttpStatus.NO_CONTENT.value());
      }
      return;
    }
    if ("POST".equals(request.getMethod())) {
      String from = RequestOrigin.sender(request);
      if (from != null && !RequestOrigin.isOwn(from, request) && cors.checkOrigin(from) == null) {
        ProblemResponses.write(response, IntakeProblem.ORIGIN_NOT_ALLOWED, refusal);
        return;
      }
      if (multipart(request)
          && (request.getContentLengthLong() < 0
              || request.getContentLengthLong() > maxBodyBytes)) {
        ProblemResponses.write(
            response,
            CommonProblem.BODY_TOO_LARGE,
            "A form post is at most " + maxBodyBytes + " bytes and takes no files.");
        return;
      }
    }
    if (CorsUtils.isCorsRequest(request)
        && !new Processor(refusal).processRequest(cors, request, response)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean multipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  private String refusal(HttpServletRequest request) {
    String language = Languages.choose(null, request.getLocale());
    return messages.text("intake.form.origin", language);
  }

  /** Spring's CORS checks, with refusals answered as problem+json like every other refusal. */
  private static final class Processor extends DefaultCorsProcessor {
    private final String detail;

    Processor(String detail) {
      this.detail = detail;
    }

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
      byte[] body = ProblemResponses.body(IntakeProblem.ORIGIN_NOT_ALLOWED, detail);
      response.setStatusCode(HttpStatus.FORBIDDEN);
      response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
      response.getHeaders().setContentLength(body.length);
      response.getBody().write(body);
      response.flush();
    }
  }
}
