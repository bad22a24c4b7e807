package no.vern.intake.forms;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import no.vern.intake.IntakeProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.web.RequestFilter;
import no.vern.shared.web.RequestOrigin;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

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
 *       refused, so no other site's script may post JSON to them. A form's definition is public and
 *       readable from any site ({@code Access-Control-Allow-Origin: *}, no credentials), so that
 *       the embed script on a site not allowed yet can tell its developer what to change ({@link
 *       #ORIGIN_ALLOWED}) and its visitors where the form is.
 *   <li>A refused ordinary form post from a browser (it accepts HTML) gets a page in both languages
 *       with a link to the form on Vern's own page, never problem+json.
 *   <li>Multipart bodies over the JSON limit are refused before they are read: the public zone
 *       takes no files, and the upload limit is for the API's imports.
 * </ul>
 *
 * Runs after the security chain, so its rate limit counts refused requests too.
 */
final class PublicFormsFilter extends RequestFilter {

  /** Request attribute: whether the asking page's origin may post (absent without an Origin). */
  static final String ORIGIN_ALLOWED = PublicFormsFilter.class.getName() + ".originAllowed";

  private final CorsConfiguration cors;
  private final long maxBodyBytes;
  private final FormMessages messages;
  private final FormPage page;

  PublicFormsFilter(
      CorsConfiguration cors, long maxBodyBytes, FormMessages messages, FormPage page) {
    this.cors = cors;
    this.maxBodyBytes = maxBodyBytes;
    this.messages = messages;
    this.page = page;
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
        if (FormPage.wantsPage(request)) {
          page.refused(response, formId(request));
        } else {
          ProblemResponses.write(response, IntakeProblem.ORIGIN_NOT_ALLOWED, refusal);
        }
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
    if (CorsUtils.isCorsRequest(request)) {
      boolean allowed = cors.checkOrigin(request.getHeader(HttpHeaders.ORIGIN)) != null;
      request.setAttribute(ORIGIN_ALLOWED, allowed);
      if (!allowed && "GET".equals(request.getMethod())) {
        // Public, read without credentials: any page may draw it (or learn that it may not post).
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
      } else if (!new Processor(refusal).processRequest(cors, request, response)) {
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The form's id from {@code /public/forms/{id}}, or empty. */
  private static String formId(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest =
        path.startsWith("/public/forms/") ? path.substring("/public/forms/".length()) : "";
    return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
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
