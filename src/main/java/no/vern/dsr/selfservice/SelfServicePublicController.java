package no.vern.dsr.selfservice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.vern.audit.AuditActor;
import no.vern.audit.AuditRecord.Outcome;
import no.vern.audit.AuditTrail;
import no.vern.dsr.AnswerKind;
import no.vern.dsr.DsrAnswerAuditAction;
import no.vern.dsr.RequestSummary;
import no.vern.dsr.RequestsOfSubject;
import no.vern.dsr.access.AccessPackages;
import no.vern.dsr.access.AnswerFiles;
import no.vern.dsr.access.AnswerPages;
import no.vern.dsr.change.PersonsAnswers;
import no.vern.dsr.oidc.OidcSignIn;
import no.vern.dsr.portability.Transmissions;
import no.vern.shared.VernSettings;
import no.vern.shared.web.SameOrigin;
import no.vern.subject.SubjectId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /rights/me}: in a live self-service session, the person's requests and their own data (the
 * access package, read as {@code system:self-service}), with a copy to download, portable data, and
 * sending it to another controller. Without one: how to sign in. Posts from other sites are
 * refused.
 */
@Controller
class SelfServicePublicController {

  static final String ACTOR = "system:self-service";

  private final SignedSelfService sessions;
  private final AccessPackages packages;
  private final AnswerFiles files;
  private final Transmissions transmissions;
  private final ObjectProvider<RequestsOfSubject> requests;
  private final ObjectProvider<PersonsAnswers> answers;
  private final ObjectProvider<OidcSignIn> oidc;
  private final AnswerPages pages;
  private final AuditTrail audit;
  private final String baseUrl;

  SelfServicePublicController(
      SignedSelfService sessions,
      AccessPackages packages,
      AnswerFiles files,
      Transmissions transmissions,
      ObjectProvider<RequestsOfSubject> requests,
      ObjectProvider<PersonsAnswers> answers,
      ObjectProvider<OidcSignIn> oidc,
      AnswerPages pages,
      AuditTrail audit,
      VernSettings vern) {
    this.sessions = sessions;
    this.packages = packages;
    this.files = files;
    this.transmissions = transmissions;
    this.requests = requests;
    this.answers = answers;
    this.oidc = oidc;
    this.pages = pages;
    this.audit = audit;
    this.baseUrl = vern.baseUrl();
  }

  @GetMapping("/rights/me")
  ResponseEntity<String> me(
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String notice,
      Locale browser,
      HttpServletRequest request) {
    String language = AnswerPages.language(lang, browser);
    Optional<SubjectId> subject = sessions.current(request);
    if (subject.isEmpty()) {
      Map<String, Object> vars = new HashMap<>();
      vars.put("state", "NONE".equals(notice) ? "NOTHING" : "SIGNIN");
      vars.put("oidc", oidc.getIfAvailable() != null);
      if ("FAILED".equals(notice)) {
        vars.put("notice", "SIGNIN_FAILED");
      }
      return pages.page(200, "dsr/me", language, vars);
    }
    audit.record(
        AuditActor.system("self-service")
            .did(
                DsrAnswerAuditAction.SELF_SERVICE_VIEWED,
                "subject",
                subject.get().toString(),
                Outcome.SUCCESS));
    RequestsOfSubject source = requests.getIfAvailable();
    List<RequestSummary> mine = source == null ? List.of() : source.of(subject.get().value());
    Map<String, Object> vars = new HashMap<>();
    vars.put("state", "SHOW");
    vars.put("requests", mine);
    vars.put("p", packages.of(subject.get(), language, ACTOR));
    PersonsAnswers changed = answers.getIfAvailable();
    if (changed != null) {
      vars.put("erasure", changed.erasures(subject.get().value(), language));
    }
    if (notice != null && notice.matches("[A-Z]{1,20}")) {
      vars.put("notice", notice);
    }
    return pages.page(200, "dsr/me", language, vars);
  }

  @PostMapping("/rights/me/download")
  ResponseEntity<?> download(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    String language = AnswerPages.language(lang, browser);
    Optional<SubjectId> subject = guarded(request);
    if (subject.isEmpty()) {
      return pages.page(403, "dsr/me", language, Map.of("state", "SIGNIN", "oidc", false));
    }
    AnswerKind what = "PORTABILITY".equals(kind) ? AnswerKind.PORTABILITY : AnswerKind.ACCESS;
    AnswerFiles.Archive archive = files.of(subject.get(), what, language, ACTOR);
    audit.recordDurably(
        AuditActor.system("self-service")
            .did(
                DsrAnswerAuditAction.SELF_SERVICE_DOWNLOADED,
                "subject",
                subject.get().toString(),
                Outcome.SUCCESS));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header("Cache-Control", "no-store")
        .header(
            "Content-Disposition",
            ContentDisposition.attachment().filename(archive.fileName()).build().toString())
        .body(archive.bytes());
  }

  @PostMapping("/rights/me/transmit")
  ResponseEntity<String> transmit(
      @RequestParam(required = false) String endpoint,
      @RequestParam(required = false) String lang,
      Locale browser,
      HttpServletRequest request) {
    String language = AnswerPages.language(lang, browser);
    Optional<SubjectId> subject = guarded(request);
    if (subject.isEmpty()) {
      return pages.page(403, "dsr/me", language, Map.of("state", "SIGNIN", "oidc", false));
    }
    var result =
        transmissions.transmit(subject.get(), endpoint == null ? "" : endpoint, ACTOR, null);
    return ResponseEntity.status(303)
        .header("Location", "/rights/me?lang=" + language + "&notice=" + result.name())
        .build();
  }

  @PostMapping("/rights/me/signout")
  ResponseEntity<String> signOut(
      @RequestParam(required = false) String lang, HttpServletResponse response) {
    sessions.close(response);
    String language = AnswerPages.language(lang, null);
    return ResponseEntity.status(303).header("Location", "/rights/me?lang=" + language).build();
  }

  private Optional<SubjectId> guarded(HttpServletRequest request) {
    return SameOrigin.allowed(request, baseUrl) ? sessions.current(request) : Optional.empty();
  }
}
