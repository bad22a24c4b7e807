package no.vern.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import no.vern.shared.web.RequestFilter;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads the query string and a form body before anything else does, strictly, and answers 400
 * naming the parameter when one cannot be read (percent-encoding that is not UTF-8, a control
 * character in a name, a NUL in a value). Tomcat's own parser would throw on the same input with
 * the value in its message, a 500 that put personal data in the log. What passes is handed on as
 * parsed here ({@link GuardedRequest}), so Tomcat's parser never sees a form body.
 *
 * <p>It also answers for bad input that a later filter trips over (a multipart body without a
 * boundary, read by the admin chain's CSRF check), which would otherwise reach Tomcat as a 500.
 */
class ParameterGuard extends RequestFilter {

  private static final String REFUSED = ParameterGuard.class.getName() + ".refused";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final ContainerAnswers answers;

  ParameterGuard(ContainerAnswers answers) {
    this.answers = answers;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // An error page reads parameters (the language) but never the body, which may be what
      // failed; and it may follow a request that never passed here (Tomcat's own 405 to TRACE).
      chain.doFilter(GuardedRequest.forErrorPage(request, queryOnly(request)), response);
      return;
    }
    request = BlankAccept.hidden(request);
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    byte[] body = null;
    try {
      String query = rawQuery(request);
      if (query != null) {
        UrlEncoded.parse(query.getBytes(StandardCharsets.ISO_8859_1), UTF8, parameters);
      }
      if (isForm(request)) {
        body = request.getInputStream().readAllBytes();
        // Tomcat reads a form body as parameters for POST only; Spring's FormContentFilter reads
        // PUT, PATCH and DELETE bodies itself, from the stream handed on below.
        Map<String, List<String>> target =
            "POST".equals(request.getMethod()) ? parameters : new LinkedHashMap<>();
        UrlEncoded.parse(body, charsetOf(request), target);
      }
    } catch (UrlEncoded.Refused refused) {
      request.setAttribute(REFUSED, Boolean.TRUE);
      refuse(request, response, refused);
      return;
    } catch (BodySizeLimit.TooLarge tooLarge) {
      answers.write(
          request,
          response,
          CommonProblem.BODY_TOO_LARGE,
          CommonProblem.BODY_TOO_LARGE.status().value(),
          BodySizeLimit.detail(request),
          List.of());
      return;
    } catch (IOException unreadable) {
      // A broken chunked framing, or the client went away: nothing to read, nothing to log.
      request.setAttribute(REFUSED, Boolean.TRUE);
      answers.write(
          request,
          response,
          CommonProblem.MALFORMED_BODY,
          400,
          "The request body cannot be read: its framing (chunks, length) is broken.",
          List.of());
      return;
    }
    HttpServletRequest handedOn =
        body == null ? request : new GuardedRequest(request, parameters, body);
    try {
      chain.doFilter(handedOn, response);
    } catch (InvalidParameterException | MultipartException e) {
      // Only filters get here (MVC answers these itself): the body could not be read as parts.
      if (response.isCommitted()) {
        throw e;
      }
      request.setAttribute(REFUSED, Boolean.TRUE);
      int status = e instanceof InvalidParameterException p ? p.getErrorCode() : 400;
      answers.write(
          request,
          response,
          status == 413 ? CommonProblem.BODY_TOO_LARGE : CommonProblem.MALFORMED_BODY,
          status,
          MalformedBody.MULTIPART,
          List.of());
    }
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, UrlEncoded.Refused refused)
      throws IOException {
    String where = refused.field.isEmpty() ? "A parameter" : "Parameter '" + refused.field + "'";
    answers.write(
        request,
        response,
        CommonProblem.INVALID_PARAMETER,
        400,
        where + " cannot be read: " + lowerFirst(refused.getMessage()),
        List.of(new FieldError(refused.field, refused.code, refused.getMessage())));
  }

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /** The query's parameters for an error page: none when it cannot be read. */
  private static Map<String, List<String>> queryOnly(HttpServletRequest request) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    String query = rawQuery(request);
    if (query == null || request.getAttribute(REFUSED) != null) {
      return parameters;
    }
    try {
      UrlEncoded.parse(query.getBytes(StandardCharsets.ISO_8859_1), UTF8, parameters);
      return parameters;
    } catch (UrlEncoded.Refused refused) {
      return Map.of();
    }
  }

  /**
   * The query string as the client sent it: a filter before this one may present it masked
   * (consent's DecisionQueryMasking), while Tomcat parses the original.
   */
  private static String rawQuery(HttpServletRequest request) {
    ServletRequest inner = request;
    while (inner instanceof ServletRequestWrapper wrapper) {
      inner = wrapper.getRequest();
    }
    return inner instanceof HttpServletRequest http ? http.getQueryString() : null;
  }

  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.equals(FORM);
  }

  /** Tomcat's rule: the declared charset, else ISO-8859-1 (Vern's encoding filter sets UTF-8). */
  private static Charset charsetOf(HttpServletRequest request) {
    String name = request.getCharacterEncoding();
    try {
      return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
    } catch (IllegalArgumentException unsupported) {
      return UTF8;
    }
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
