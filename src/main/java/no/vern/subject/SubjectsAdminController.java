package no.vern.subject;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.vern.access.Grants;
import no.vern.shared.identifier.IdentifierRecognition;
import no.vern.shared.identifier.IdentifierType;
import no.vern.shared.identifier.Reason;
import no.vern.shared.web.PersonPageLink;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finding a person and reading what Vern holds about them (issue 4, item 8). The searched value
 * travels only in a POST body: the answer is a redirect to the subject's page by id, so the value
 * is never in an address, a browser history, a log line or the audit trail.
 */
@Controller
@RequestMapping("/admin/subjects")
@PreAuthorize("hasAnyRole('ADMIN','DPO','CASE_HANDLER')")
class SubjectsAdminController {

  /**
   * {@code type} is optional: the page has one field and the type is recognised from the value
   * (issue 16); a client that names a type (a bookmark of the old form, a script) is still served.
   */
  record SearchForm(@Nullable String type, @Nullable String value) {}

  /** Break-glass (issue 18): a search that opens the person outside the scope, with a reason. */
  record BreakGlassForm(@Nullable String type, @Nullable String value, @Nullable String reason) {}

  private static final Set<String> REASONS =
      Set.of(
          Reason.REQUIRED,
          Reason.FORMAT,
          Reason.LENGTH,
          Reason.DATE,
          Reason.CONTROL_DIGIT,
          Reason.BANK_CODE,
          Reason.SYNTHETIC_NOT_ALLOWED);

  private final SubjectSearch search;
  private final SubjectRegistry registry;
  private final SubjectPages pages;
  private final PersonalDataRecords records;
  private final Grants grants;
  private final List<PersonPageLink> links;

  SubjectsAdminController(
      SubjectSearch search,
      SubjectRegistry registry,
      SubjectPages pages,
      PersonalDataRecords records,
      Grants grants,
      List<PersonPageLink> links) {
    this.grants = grants;
    this.links =
        links.stream()
            .sorted(
                Comparator.comparingInt(PersonPageLink::order).thenComparing(PersonPageLink::id))
            .toList();
    this.search = search;
    this.registry = registry;
    this.pages = pages;
    this.records = records;
  }

  @GetMapping
  String searchPage(Model model) {
    return searchPage(model, new SearchForm(null, ""));
  }

  @PostMapping
  String find(SearchForm form, Authentication caller, Locale locale, Model model) {
    String value = form.value() == null ? "" : form.value();
    SubjectSearch.Result result;
    if (form.type() == null || form.type().isBlank()) {
      result = search.search(value, caller.getName());
    } else {
      var type = IdentifierType.fromCode(form.type());
      if (type.isEmpty()) {
        model.addAttribute("valueErrors", List.of("subject.search.unknownType"));
        return searchPage(model, form);
      }
      result = search.search(type.get(), value, caller.getName());
    }
    if (result instanceof SubjectSearch.Found found) {
      return "redirect:/admin/subjects/" + found.subject();
    }
    if (result instanceof SubjectSearch.Invalid invalid) {
      model.addAttribute("readAs", List.of(invalid.type().code()));
      model.addAttribute(
          "valueErrors", invalid.reasons().stream().map(SubjectsAdminController::key).toList());
    } else if (result instanceof SubjectSearch.NoMatch none) {
      List<String> readAs =
          new java.util.ArrayList<>(none.searchedAs().stream().map(IdentifierType::code).toList());
      if (none.asName()) {
        readAs.add("name");
      }
      model.addAttribute("readAs", readAs);
      model.addAttribute("noMatch", true);
    } else if (result instanceof SubjectSearch.Several several) {
      model.addAttribute("readAs", List.of("name"));
      model.addAttribute("matches", pages.nameMatches(several.people(), locale));
      model.addAttribute("matchLimit", NameMatches.LIMIT);
    }
    return searchPage(model, form);
  }

  /**
   * Break-glass: finds the person like the search, and when they are outside the searcher's scope
   * opens them for the fixed period with the reason given (audited as {@code BREAK_GLASS_OPENED}
   * and flagged to the DPO by the access module). A blank reason opens nothing; an unknown
   * identifier is "no match" and opens nothing either.
   */
  @PostMapping("/break-glass")
  String breakGlass(BreakGlassForm form, Authentication caller, Model model) {
    SearchForm searched = new SearchForm(null, "");
    if (form.reason() == null || form.reason().isBlank()) {
      model.addAttribute("breakGlassError", "subject.breakGlass.reasonRequired");
      return searchPage(model, searched);
    }
    String value = form.value() == null ? "" : form.value();
    List<IdentifierType> types;
    if (form.type() == null || form.type().isBlank()) {
      types = IdentifierRecognition.candidates(value);
    } else {
      var type = IdentifierType.fromCode(form.type());
      if (type.isEmpty()) {
        model.addAttribute("valueErrors", List.of("subject.search.unknownType"));
        return searchPage(model, searched);
      }
      types = List.of(type.get());
    }
    var held =
        types.stream()
            .filter(type -> type.normalise(value).isValid())
            .map(type -> registry.find(new Identifier(type, value)).flatMap(registry::current))
            .flatMap(Optional::stream)
            .findFirst();
    if (held.isEmpty()) {
      model.addAttribute("noMatch", true);
      return searchPage(model, searched);
    }
    if (!records.visibleTo(held.get(), caller.getName())) {
      grants.breakGlass(caller.getName(), held.get().value(), form.reason());
    }
    return "redirect:/admin/subjects/" + held.get();
  }

  /** A merged subject's old id leads to the subject it was merged into. */
  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Authentication caller, Locale locale, Model model) {
    SubjectId current = current(id);
    if (!records.visibleTo(current, caller.getName())) {
      // Outside the reader's scope: the same 404 as an unknown id (issue 18).
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (!current.value().equals(id)) {
      return "redirect:/admin/subjects/" + current;
    }
    model.addAttribute("page", pages.open(current, caller.getName(), locale));
    // Each module's page about the person, for those who may open it (the disclosure register
    // holds confidential entries: its link is for ADMIN and DPO).
    List<String> authorities =
        caller.getAuthorities().stream().map(a -> String.valueOf(a.getAuthority())).toList();
    model.addAttribute("links", links.stream().filter(l -> l.openTo(authorities)).toList());
    return "admin/subject";
  }

  private SubjectId current(UUID id) {
    return registry
        .current(new SubjectId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String searchPage(Model model, SearchForm form) {
    model.addAttribute("form", form);
    return "admin/subjects";
  }

  private static String key(Reason reason) {
    return REASONS.contains(reason.code())
        ? "subject.reason." + reason.code()
        : "subject.reason.other";
  }
}
