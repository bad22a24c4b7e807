package no.vern.access;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import no.vern.shared.PrincipalNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access review page (issue 18): who can see what, when each account last read personal data,
 * the grants running or ended lately, one click to remove, and "Review done". DPO and ADMIN. The
 * removals are the existing actions, audited as they are on their own pages: ending a grant (DPO
 * and ADMIN, as on the grants page), disabling a user and revoking a token (ADMIN only, as on the
 * users and tokens pages: the review does not widen who may lock an account out).
 */
@Controller
@RequestMapping("/admin/access-review")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class AccessReviewController {

  record AccountRow(
      String kind,
      UUID id,
      String name,
      String roles,
      boolean scopeAll,
      List<ScopeUse> controllers,
      List<ScopeUse> activities,
      String lastSignIn,
      String lastRead,
      boolean unused,
      boolean self) {}

  /**
   * One listed controller or activity of a scope, and when it last let its holder read a person.
   */
  record ScopeUse(String name, String lastUsed) {}

  record GrantRow(
      UUID id,
      String username,
      String kind,
      String target,
      String reason,
      boolean breakGlass,
      String grantedAt,
      String endsAt,
      String lastUsed,
      boolean neverUsed,
      boolean running) {}

  record ReviewRow(String at, String by, String note) {}

  private final AccessReviews reviews;
  private final Grants grants;
  private final UserAccounts users;
  private final TokenManagement tokens;
  private final ScopeWords words;
  private final ScopeRows scopes;
  private final Clock clock;
  private final AdminDisplay display;

  AccessReviewController(
      AccessReviews reviews,
      Grants grants,
      UserAccounts users,
      TokenManagement tokens,
      ScopeWords words,
      ScopeRows scopes,
      Clock clock,
      AdminDisplay display) {
    this.display = display;
    this.reviews = reviews;
    this.grants = grants;
    this.users = users;
    this.tokens = tokens;
    this.words = words;
    this.scopes = scopes;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model, Authentication caller) {
    return render(model, caller, null);
  }

  @PostMapping("/done")
  String done(@RequestParam(required = false) String note, Authentication caller, Model model) {
    try {
      reviews.record(Actor.of(caller.getName()), note);
    } catch (RuleViolation v) {
      return render(model, caller, v.messageKey());
    }
    return "redirect:/admin/access-review?reviewed";
  }

  @PostMapping("/grants/{id}/end")
  String endGrant(@PathVariable UUID id, Authentication caller) {
    grants.end(Actor.of(caller.getName()), id);
    return "redirect:/admin/access-review?removed";
  }

  @PostMapping("/users/{id}/disable")
  @PreAuthorize("hasRole('ADMIN')")
  String disableUser(@PathVariable UUID id, Authentication caller, Model model) {
    try {
      users.setEnabled(Actor.of(caller.getName()), id, false);
    } catch (RuleViolation v) {
      return render(model, caller, v.messageKey());
    }
    return "redirect:/admin/access-review?removed";
  }

  @PostMapping("/tokens/{id}/revoke")
  @PreAuthorize("hasRole('ADMIN')")
  String revokeToken(@PathVariable UUID id, Authentication caller) {
    tokens.revoke(Actor.of(caller.getName()), id);
    return "redirect:/admin/access-review?removed";
  }

  private String render(Model model, Authentication caller, String errorKey) {
    Instant now = clock.instant();
    Function<Scope, ScopeWords.Words> inWords =
        words.in(LocaleContextHolder.getLocale().getLanguage());
    String me = caller.getName();
    Map<String, Map<String, Instant>> uses = scopes.lastUses();
    model.addAttribute(
        "accounts",
        reviews.accounts(now).stream()
            .map(
                a -> {
                  ScopeWords.Words w = a.scope().all() ? null : inWords.apply(a.scope());
                  Map<String, Instant> used =
                      uses.getOrDefault(
                          a.kind().equals("user")
                              ? PrincipalNames.user(a.id())
                              : PrincipalNames.token(a.id()),
                          Map.of());
                  return new AccountRow(
                      a.kind(),
                      a.id(),
                      a.name(),
                      AdminDisplay.roles(a.roles()),
                      a.scope().all(),
                      w == null
                          ? List.of()
                          : uses(w.controllers(), w.controllerIds(), "controller", used),
                      w == null
                          ? List.of()
                          : uses(w.activities(), w.activityIds(), "activity", used),
                      display.time(a.lastSignIn()),
                      display.time(a.lastRead()),
                      a.unusedAt(now),
                      (a.kind().equals("user") ? PrincipalNames.user(a.id()) : "").equals(me));
                })
            .toList());
    List<GrantRow> shown = reviews.grants(now).stream().map(g -> row(g, now)).toList();
    model.addAttribute("runningGrants", shown.stream().filter(GrantRow::running).toList());
    model.addAttribute("endedGrants", shown.stream().filter(g -> !g.running()).toList());
    Map<String, String> names = new HashMap<>();
    users.all().forEach(u -> names.put(PrincipalNames.user(u.id()), u.username()));
    model.addAttribute(
        "lastReview",
        reviews
            .last()
            .map(
                r ->
                    new ReviewRow(
                        display.time(r.reviewedAt()),
                        names.getOrDefault(r.reviewedBy(), r.reviewedBy()),
                        r.note()))
            .orElse(null));
    model.addAttribute("due", reviews.dueAt(now));
    model.addAttribute(
        "canRemoveAccounts",
        caller.getAuthorities().stream()
            .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority())));
    model.addAttribute("errorKey", errorKey);
    return "admin/access-review";
  }

  private List<ScopeUse> uses(
      List<String> names, List<String> ids, String kind, Map<String, Instant> used) {
    List<ScopeUse> out = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      out.add(new ScopeUse(names.get(i), display.time(used.get(kind + ":" + ids.get(i)))));
    }
    return out;
  }

  private GrantRow row(Grant g, Instant now) {
    return new GrantRow(
        g.id(),
        g.username(),
        g.kind(),
        g.target(),
        g.reason(),
        g.breakGlass(),
        display.time(g.grantedAt()),
        display.time(g.endedAt() != null ? g.endedAt() : g.endsAt()),
        display.time(g.lastUsedAt()),
        g.lastUsedAt() == null,
        g.runningAt(now));
  }
}
