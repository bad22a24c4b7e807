package no.vern.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
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

/**
 * The grants page (issue 18): every time-limited grant and break-glass opening, running or ended,
 * with a form to give one and a button to end one now. DPO and ADMIN. Break-glass openings are
 * marked: this list is where the DPO sees them (and the mail points here).
 */
@Controller
@RequestMapping("/admin/grants")
@PreAuthorize("hasAnyRole('ADMIN','DPO')")
class GrantsAdminController {

  /** {@code endsAt} is a local date and time in Oslo, as a browser's datetime-local sends it. */
  record NewGrantForm(String user, String kind, String target, String reason, String endsAt) {}

  record GrantRow(
      UUID id,
      String username,
      String kind,
      String target,
      String reason,
      boolean breakGlass,
      String grantedBy,
      String grantedAt,
      String endsAt,
      String lastUsed,
      boolean running) {}

  record UserOption(UUID id, String username) {}

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final Grants grants;
  private final UserAccounts accounts;
  private final Clock clock;

  private final AdminDisplay display;

  GrantsAdminController(Grants grants, UserAccounts accounts, Clock clock, AdminDisplay display) {
    this.display = display;
    this.grants = grants;
    this.accounts = accounts;
    this.clock = clock;
  }

  @GetMapping
  String page(Model model) {
    return render(model, new NewGrantForm("", "person", "", "", ""), null);
  }

  @PostMapping
  String give(NewGrantForm form, Authentication caller, Model model) {
    try {
      UUID user;
      try {
        user = UUID.fromString(form.user() == null ? "" : form.user());
      } catch (IllegalArgumentException e) {
        throw new RuleViolation("access.grants.userInvalid");
      }
      grants.give(
          Actor.of(caller.getName()),
          user,
          form.kind(),
          form.target(),
          form.reason(),
          endsAt(form.endsAt()));
    } catch (RuleViolation v) {
      return render(model, form, v.messageKey());
    }
    return "redirect:/admin/grants?given";
  }

  @PostMapping("/{id}/end")
  String end(@PathVariable UUID id, Authentication caller) {
    grants.end(Actor.of(caller.getName()), id);
    return "redirect:/admin/grants?ended";
  }

  private static Instant endsAt(String value) {
    try {
      return LocalDateTime.parse(value == null ? "" : value.strip()).atZone(OSLO).toInstant();
    } catch (DateTimeParseException e) {
      throw new RuleViolation("access.grants.endInvalid");
    }
  }

  private String render(Model model, NewGrantForm form, String errorKey) {
    Instant now = clock.instant();
    model.addAttribute(
        "grants",
        grants.all().stream()
            .map(
                g ->
                    new GrantRow(
                        g.id(),
                        g.username(),
                        g.kind(),
                        g.target(),
                        g.reason(),
                        g.breakGlass(),
                        g.grantedBy(),
                        display.time(g.grantedAt()),
                        display.time(g.endedAt() != null ? g.endedAt() : g.endsAt()),
                        display.time(g.lastUsedAt()),
                        g.runningAt(now)))
            .toList());
    List<UserOption> users =
        accounts.all().stream().map(u -> new UserOption(u.id(), u.username())).toList();
    model.addAttribute("users", users);
    model.addAttribute("form", form);
    model.addAttribute("errorKey", errorKey);
    return "admin/grants";
  }
}
