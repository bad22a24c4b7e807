package no.vern.system.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import no.vern.shared.Correlation;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.ProblemType;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for requests that never reach Vern: a request line or header Tomcat cannot
 * parse ({@code {}} in the path, a header over 8 KB, a bad Content-Length), an address it refuses
 * to decode ({@code %00}, {@code %2F}), a method it does not serve (CONNECT). Instead of Tomcat's
 * HTML page without security headers, these get Vern's answer: problem+json, or the error page for
 * a browser, with every header. The cause is not shown and not logged: its message quotes the
 * request.
 */
final class VernErrorValve extends ErrorReportValve {

  private final ContainerAnswers answers;

  VernErrorValve(ContainerAnswers answers) {
    this.answers = answers;
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    // Tomcat answers 501 to CONNECT, which for Vern is one more method it does not allow, and to a
    // transfer coding it does not know, which makes the body unreadable: the caller's mistake.
    // And 505 to a version it does not speak ("HTTP/2.0" in a request line): also not Vern's fault.
    if (status == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED) {
      status = HttpServletResponse.SC_BAD_REQUEST;
      response.setStatus(status);
    }
    if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
      boolean connect = "CONNECT".equals(request.getMethod());
      status =
          connect ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_BAD_REQUEST;
      response.setStatus(status);
      if (connect) {
        response.setHeader("Allow", "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
      }
    }
    HttpStatus resolved = HttpStatus.resolve(status);
    ProblemType type =
        resolved == null ? CommonProblem.VALIDATION_FAILED : ErrorAnswers.typeFor(resolved);
    String id = response.getHeader(Correlation.HEADER);
    if (id == null) {
      id = Correlation.acceptOrGenerate(null);
      response.setHeader(Correlation.HEADER, id);
    }
    Correlation.set(id);
    try {
      answers.write(request, response, type, status, detail(status), List.of());
    } catch (IOException | RuntimeException e) {
      // The client went away, or the response cannot take a body: nothing more to tell it.
    } finally {
      Correlation.clear();
    }
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 ->
          "The request breaks HTTP's rules (its address, a header or the length of its body) and"
              + " was not read.";
      case 405 -> "Vern does not answer this method.";
      case 404 ->
          "There is nothing at this address. The API lives under /api/v1/; see /v3/api-docs.";
      default -> ErrorAnswers.typeFor(HttpStatus.valueOf(status)).title() + ".";
    };
  }
}
