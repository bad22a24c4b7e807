package no.vern.access;

import java.util.UUID;
import no.vern.shared.PrincipalNames;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Every signed-in user may change their own password here, and the first admin must. */
@Controller
@RequestMapping("/admin/password")
class PasswordAdminController {

  record PasswordForm(String current, String replacement, String confirmation) {}

  private final UserAccounts accounts;
  private final Credentials credentials;

  PasswordAdminController(UserAccounts accounts, Credentials credentials) {
    this.accounts = accounts;
    this.credentials = credentials;
  }

  @GetMapping
  String page(Authentication caller, Model model) {
    return render(caller, model, null);
  }

  @PostMapping
  String change(PasswordForm form, Authentication caller, Model model) {
    UUID userId = userId(caller);
    if (form.replacement() == null || !form.replacement().equals(form.confirmation())) {
      return render(caller, model, "access.password.mismatch");
    }
    try {
      accounts.changePassword(userId, form.current(), form.replacement());
    } catch (RuleViolation v) {
      return render(caller, model, v.messageKey());
    }
    return "redirect:/admin/password?changed";
  }

  private String render(Authentication caller, Model model, String errorKey) {
    model.addAttribute("forced", credentials.mustChangePassword(userId(caller)));
    model.addAttribute("errorKey", errorKey);
    return "admin/password";
  }

  /** API tokens never reach this page (it is in the admin zone), so the caller is a user. */
  private static UUID userId(Authentication caller) {
    return PrincipalNames.userId(caller.getName()).orElseThrow();
  }
}
