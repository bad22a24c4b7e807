package no.vern.access;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The API tokens page: list, create (secret shown once), revoke. ADMIN only. */
@Controller
@RequestMapping("/admin/tokens")
@PreAuthorize("hasRole('ADMIN')")
class TokensAdminController {

  /** {@code scope} as on the users page: "all" or "listed", no default. */
  record NewTokenForm(
      String name,
      List<Role> roles,
      Integer expiresInDays,
      String scope,
      List<String> controllers,
      String activities) {

    static NewTokenForm empty() {
      return new NewTokenForm("", List.of(), TokenManagement.DEFAULT_DAYS, null, List.of(), "");
    }
  }

  record TokenRow(
      UUID id,
      String name,
      String prefix,
      String roles,
      String scope,
      String expires,
      String lastUsed,
      long usesLastDay,
      String statusKey,
      boolean revocable) {}

  private final TokenManagement tokens;
  private final ScopeChoices choices;
  private final java.time.Clock clock;

  private final AdminDisplay display;

  TokensAdminController(
      TokenManagement tokens, ScopeChoices choices, java.time.Clock clock, AdminDisplay display) {
    this.display = display;
    this.tokens = tokens;
    this.choices = choices;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    return render(model, NewTokenForm.empty(), null);
  }

  /**
   * Answers with the page itself rather than a redirect: the secret must not pass through the
   * session (stored in the database) on its way to the next page.
   */
  @PostMapping
  String create(NewTokenForm form, Authentication caller, Model model) {
    String error = problem(form);
    if (error != null) {
      return render(model, form, error);
    }
    Scope scope;
    try {
      scope =
          Scope.chosen(
              form.scope(),
              form.controllers(),
              form.activities() == null ? List.of() : List.of(form.activities()));
    } catch (RuleViolation v) {
      return render(model, form, v.messageKey());
    }
    TokenManagement.Issued issued =
        tokens.create(
            Actor.of(caller.getName()),
            form.name(),
            EnumSet.copyOf(form.roles()),
            form.expiresInDays(),
            scope);
    model.addAttribute("issuedSecret", issued.secret());
    model.addAttribute("issuedName", issued.token().name());
    return render(model, NewTokenForm.empty(), null);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, Authentication caller) {
    tokens.revoke(Actor.of(caller.getName()), id);
    return "redirect:/admin/tokens?revoked";
  }

  private static String problem(NewTokenForm form) {
    if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
      return "access.tokens.nameInvalid";
    }
    if (form.roles() == null || form.roles().isEmpty()) {
      return "access.roles.required";
    }
    Integer days = form.expiresInDays();
    if (days == null || days < 1 || days > TokenManagement.MAX_DAYS) {
      return "access.tokens.daysInvalid";
    }
    return null;
  }

  private String render(Model model, NewTokenForm form, String errorKey) {
    java.time.Instant now = clock.instant();
    java.util.Map<UUID, Long> uses = tokens.usesLastDay();
    java.util.Map<String, String> scopes = tokens.scopeLabels();
    model.addAttribute(
        "tokens",
        tokens.all().stream()
            .map(
                t ->
                    row(
                        t,
                        scopes.getOrDefault(no.vern.shared.PrincipalNames.token(t.id()), "*"),
                        uses.getOrDefault(t.id(), 0L),
                        now))
            .toList());
    model.addAttribute("controllerChoices", choices.controllers());
    model.addAttribute("form", form);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("errorKey", errorKey);
    return "admin/tokens";
  }

  private TokenRow row(ApiToken t, String scope, long usesLastDay, java.time.Instant now) {
    String status =
        t.revoked()
            ? "access.tokens.revoked"
            : t.expiredAt(now) ? "access.tokens.expired" : "access.tokens.active";
    return new TokenRow(
        t.id(),
        t.name(),
        t.prefix(),
        AdminDisplay.roles(t.roles()),
        scope,
        display.time(t.expiresAt()),
        display.time(t.lastUsedAt()),
        usesLastDay,
        status,
        !t.revoked());
  }
}
