package no.vern.intake.forms;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.vern.inventory.Form;
import no.vern.shared.problem.ApiProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The public forms (docs/forms.md): the definition for pages that draw a form, the script that
 * draws it, and the submission as JSON or as an ordinary form post. No login, no session; the
 * public chain rate-limits per address and {@link PublicFormsFilter} checks where posts come from.
 */
@Controller
class FormsPublicController {

  private static final Resource EMBED = new ClassPathResource("intake/embed.js");
  private static final MediaType JAVASCRIPT =
      MediaType.parseMediaType("text/javascript;charset=UTF-8");

  private final FormIntake intake;
  private final FormTexts texts;
  private final FormPage page;

  FormsPublicController(FormIntake intake, FormTexts texts, FormPage page) {
    this.intake = intake;
    this.texts = texts;
    this.page = page;
  }

  @GetMapping("/public/forms/embed.js")
  ResponseEntity<Resource> embed() {
    return ResponseEntity.ok()
        .contentType(JAVASCRIPT)
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
        .body(EMBED);
  }

  /**
   * The definition, public: any site may read it ({@link PublicFormsFilter}), and learns in {@code
   * originAllowed} whether it may also post.
   */
  @GetMapping("/public/forms/{formId}")
  @ResponseBody
  FormDefinition definition(
      @PathVariable String formId, Locale locale, HttpServletRequest request) {
    var published = intake.form(formId, Languages.choose(null, locale));
    Object allowed = request.getAttribute(PublicFormsFilter.ORIGIN_ALLOWED);
    return FormDefinition.of(
        published.form(),
        published.activity(),
        texts.of(published.form()),
        allowed instanceof Boolean b ? b : null);
  }

  /** The form on Vern's own page: where the embed sends visitors of a site that may not post. */
  @GetMapping("/public/forms/{formId}/page")
  ResponseEntity<String> own(
      @PathVariable String formId, @RequestParam(required = false) String lang, Locale locale) {
    String language = Languages.choose(lang, locale);
    return page.own(intake.form(formId, language).form(), language);
  }

  @PostMapping(path = "/public/forms/{formId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FormAnswer> json(
      @PathVariable String formId, @RequestBody Map<String, Object> body, Locale locale) {
    FormSubmission submission = FormSubmission.fromJson(body);
    String language = Languages.choose(submission.lang(), locale);
    return ResponseEntity.accepted().body(intake.submit(formId, submission, language));
  }

  /**
   * An ordinary form post. A browser navigating (it accepts HTML) gets a page back, also for
   * errors; a script posting form data gets the same JSON as for a JSON post.
   */
  @PostMapping(
      path = "/public/forms/{formId}",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
  ResponseEntity<?> posted(@PathVariable String formId, HttpServletRequest request, Locale locale) {
    List<String> files =
        request instanceof MultipartHttpServletRequest multipart
            ? List.copyOf(multipart.getFileMap().keySet())
            : List.of();
    FormSubmission submission = FormSubmission.fromParameters(request.getParameterMap(), files);
    String language = Languages.choose(submission.lang(), locale);
    if (!FormPage.wantsPage(request)) {
      return ResponseEntity.accepted().body(intake.submit(formId, submission, language));
    }
    String back = back(request);
    try {
      FormAnswer answer = intake.submit(formId, submission, language);
      return page.thanks(intake.form(formId, language).form(), answer, language, back);
    } catch (ApiProblem problem) {
      Form form =
          problem.type().status().value() == 404 ? null : intake.form(formId, language).form();
      return page.problem(
          problem.type().status(), form, problem.getMessage(), problem.errors(), language, back);
    }
  }

  /**
   * Where the person came from, for a link back: the page's origin, which {@link PublicFormsFilter}
   * has already found to be Vern's own or an allowed one.
   */
  private static String back(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    return origin == null || origin.equals("null") ? null : origin + "/";
  }
}
