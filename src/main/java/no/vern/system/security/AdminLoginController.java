package no.vern.system.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the form posts back to the same address, where Spring Security takes it. */
@Controller
class AdminLoginController {

  @GetMapping(AdminLoginHandlers.LOGIN_PAGE)
  String login(Authentication authentication, CsrfToken csrf) {
    // The token, and the session that keeps it, are made now: made while the form is rendered,
    // they came too late once a slow or odd request had let the response be committed (a 500).
    csrf.getToken();
    boolean signedIn =
        authentication != null
            && authentication.isAuthenticated()
            && !(authentication instanceof AnonymousAuthenticationToken);
    return signedIn ? "redirect:/admin" : "admin/login";
  }
}
