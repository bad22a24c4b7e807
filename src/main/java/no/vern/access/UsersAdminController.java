package no.vern.access;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.vern.shared.PrincipalNames;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users page: list, create, disable, enable, and lift the sign-in delays of a username that saw
 * a burst of failures ("unlock", the name from when accounts were locked). ADMIN only.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersAdminController {

  /**
   * {@code scope} is "all" or "listed" (then {@code controllers}, and optionally {@code
   * activities}, comma-separated): no default, the administrator chooses (docs/need-to-know.md).
   */
  record NewUserForm(
      String username,
      String password,
      List<Role> roles,
      String scope,
      List<String> controllers,
      String activities) {

    static NewUserForm empty() {
      return new NewUserForm("", "", List.of(), null, List.of(), "");
    }

    NewUserForm withoutPassword() {
      return new NewUserForm(username, "", roles, scope, controllers, activities);
    }
  }

  record UserRow(
      UUID id,
      String username,
      String roles,
      String scope,
      boolean enabled,
      boolean locked,
      String lastLogin,
      boolean self) {}

  private final UserAccounts accounts;
  private final ScopeChoices choices;

  private final AdminDisplay display;

  UsersAdminController(UserAccounts accounts, ScopeChoices choices, AdminDisplay display) {
    this.display = display;
    this.accounts = accounts;
    this.choices = choices;
  }

  @GetMapping
  String page(Model model, Authentication caller) {
    return render(model, caller, NewUserForm.empty(), null);
  }

  @PostMapping
  String create(NewUserForm form, Authentication caller, Model model, RedirectAttributes redirect) {
    try {
      accounts.create(
          Actor.of(caller.getName()),
          form.username(),
          form.password(),
          form.roles() == null || form.roles().isEmpty() ? null : EnumSet.copyOf(form.roles()),
          // The administrator knows this first password; the person replaces it at first sign-in.
          true,
          scopeOf(form));
    } catch (RuleViolation v) {
      // The password is never sent back into the page.
      return render(model, caller, form.withoutPassword(), v.messageKey());
    }
    return "redirect:/admin/users?created";
  }

  @PostMapping("/{id}/disable")
  String disable(@PathVariable UUID id, Authentication caller, Model model) {
    return change(() -> accounts.setEnabled(Actor.of(caller.getName()), id, false), model, caller);
  }

  @PostMapping("/{id}/enable")
  String enable(@PathVariable UUID id, Authentication caller, Model model) {
    return change(() -> accounts.setEnabled(Actor.of(caller.getName()), id, true), model, caller);
  }

  @PostMapping("/{id}/unlock")
  String unlock(@PathVariable UUID id, Authentication caller, Model model) {
    return change(() -> accounts.unlock(Actor.of(caller.getName()), id), model, caller);
  }

  private String change(Runnable action, Model model, Authentication caller) {
    try {
      action.run();
    } catch (RuleViolation v) {
      return render(model, caller, NewUserForm.empty(), v.messageKey());
    }
    return "redirect:/admin/users?updated";
  }

  /** Null when nothing was chosen, so the account checks its other rules first. */
  private static Scope scopeOf(NewUserForm form) {
    if (form.scope() == null || form.scope().isBlank()) {
      return null;
    }
    return Scope.chosen(
        form.scope(),
        form.controllers(),
        form.activities() == null ? List.of() : List.of(form.activities()));
  }

  private String render(Model model, Authentication caller, NewUserForm form, String errorKey) {
    String me = caller.getName();
    java.util.Map<String, String> scopes = accounts.scopeLabels();
    model.addAttribute(
        "users",
        accounts.all().stream()
            .map(
                u ->
                    new UserRow(
                        u.id(),
                        u.username(),
                        AdminDisplay.roles(u.roles()),
                        scopes.getOrDefault(PrincipalNames.user(u.id()), "*"),
                        u.enabled(),
                        accounts.underAttack(u),
                        display.time(u.lastLoginAt()),
                        PrincipalNames.user(u.id()).equals(me)))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("controllerChoices", choices.controllers());
    model.addAttribute("errorKey", errorKey);
    return "admin/users";
  }
}
