package no.vern.system.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the form posts back to the same address, where Spring Security takes it. */
@Controller
class AdminLoginController {

  @GetMapping(AdminLoginHandlers.LOGIN_PAGE)
  String login(Authentication authentication) {
    boolean signedIn =
        authentication != null
            && authentication.isAuthenticated()
            && !(authentication instanceof AnonymousAuthenticationToken);
    return signedIn ? "redirect:/admin" : "admin/login";
  }
}
