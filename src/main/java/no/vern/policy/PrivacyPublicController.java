package no.vern.policy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vern.policy.domain.NoticeDiff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** The privacy notice for people: readable without JavaScript, in Bokmål or English. */
@Controller
class PrivacyPublicController {

  private final PrivacyNotices notices;
  private final NoticeReader reader;
  private final ChangedNotice changed;
  private final RenderedNotices rendered;

  /** Looked up when a page is rendered: a context without a web server has no view resolver. */
  private final ObjectProvider<ViewResolver> views;

  PrivacyPublicController(
      PrivacyNotices notices,
      NoticeReader reader,
      ChangedNotice changed,
      RenderedNotices rendered,
      @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views) {
    this.notices = notices;
    this.reader = reader;
    this.changed = changed;
    this.rendered = rendered;
    this.views = views;
  }

  /** The site's front page is the notice: it is what the public zone is for. */
  @GetMapping("/")
  String home() {
    return "redirect:/privacy";
  }

  @GetMapping("/privacy")
  void current(Locale locale, Model model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    String language = language(locale);
    var latest = notices.latest();
    if (latest.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAllAttributes(languageModel(language, "/privacy?"));
      render("privacy/unpublished", model, locale, request, response);
      return;
    }
    PublishedNotice notice = latest.get();
    ChangedNotice.Status status = changed.status(notice);
    String key = RenderedNotices.key(notice, language, status.changedRecently());
    Optional<String> kept = rendered.get(key);
    if (kept.isPresent()) {
      response.setLocale(locale);
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(kept.get());
      return;
    }
    // The banner says "changed" only in a language whose text did change.
    boolean changedHere =
        status.changedRecently()
            && NoticeDiff.changed(
                reader.compare(notice.version() - 1, notice.version(), language).lines());
    NoticePage.Changed box =
        changedHere
            ? new NoticePage.Changed(
                NoticePage.date(notice.publishedAt(), language),
                "/privacy/diff?from=" + (notice.version() - 1) + "&to=" + notice.version())
            : null;
    var content = reader.content(notice.version()).in(language);
    model.addAllAttributes(NoticePage.model(content, notice, "/privacy", box));
    ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
    render("privacy/notice", model, locale, request, capture);
    rendered.put(key, new String(capture.getContentAsByteArray(), StandardCharsets.UTF_8));
    capture.copyBodyToResponse();
  }

  /** Renders a template as the dispatcher would, into {@code response}. */
  private void render(
      String template,
      Model model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    View view = views.getObject().resolveViewName(template, locale);
    if (view == null) {
      throw new IllegalStateException("No view " + template);
    }
    view.render(model.asMap(), request, response);
  }

  /** HTML, unless the client asks for JSON only (the {@code .json} address serves it too). */
  @GetMapping("/privacy/versions")
  String versions(Locale locale, Model model, HttpServletRequest request) {
    if (wantsJson(request)) {
      return "forward:/privacy/versions.json";
    }
    String language = language(locale);
    List<PublishedNotice> versions = notices.versions();
    Map<Integer, String> dates = new LinkedHashMap<>();
    versions.forEach(v -> dates.put(v.version(), NoticePage.date(v.publishedAt(), language)));
    model.addAllAttributes(languageModel(language, "/privacy/versions?"));
    model.addAttribute("versions", versions);
    model.addAttribute("dates", dates);
    return "privacy/versions";
  }

  /** Exactly the HTML stored at publication; JSON for a client that asks for JSON only. */
  @GetMapping("/privacy/versions/{number}")
  void version(
      @PathVariable int number,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    if (wantsJson(request)) {
      request
          .getRequestDispatcher("/privacy/versions/" + number + ".json")
          .forward(request, response);
      return;
    }
    String html = reader.html(number, language(locale));
    response.setContentType("text/html;charset=UTF-8");
    response.getWriter().write(html);
  }

  @GetMapping("/privacy/diff")
  String diff(
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Locale locale,
      Model model) {
    String language = language(locale);
    NoticeReader.Comparison comparison = reader.compare(from, to, language);
    model.addAllAttributes(
        languageModel(
            language, "/privacy/diff?from=" + comparison.from() + "&to=" + comparison.to() + "&"));
    model.addAttribute("from", comparison.from());
    model.addAttribute("to", comparison.to());
    model.addAttribute("lines", NoticeDiff.condensed(comparison.lines(), 2));
    model.addAttribute("changed", NoticeDiff.changed(comparison.lines()));
    return "privacy/diff";
  }

  /** A program that asks for JSON and not HTML; browsers always list text/html. */
  static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return accept != null && accept.contains("application/json") && !accept.contains("text/html");
  }

  /** The system's locale resolver has already narrowed the request to Bokmål or English. */
  static String language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? "en" : "nb";
  }

  /** {@code selfQuery} ends with "?" or "&", ready for the lang parameter. */
  private static Map<String, Object> languageModel(String language, String selfQuery) {
    String other = NoticePage.other(language);
    return Map.of(
        "language", language, "otherLanguage", other, "switchHref", selfQuery + "lang=" + other);
  }
}
