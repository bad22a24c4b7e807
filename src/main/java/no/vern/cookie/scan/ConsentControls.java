package no.vern.cookie.scan;

import java.util.List;

/**
 * Where the banner's buttons are. Vern's own banner marks them {@code [data-vern-cc="rejectAll"]}
 * and {@code [data-vern-cc="acceptAll"]}; for other banners the scanner tries the buttons of the
 * common ones and then the usual words on a button.
 */
final class ConsentControls {

  /** The first-layer buttons of Vern's own banner.js (its {@code data-vern-cc} attribute). */
  static final String VERN_REJECT = "[data-vern-cc=\"rejectAll\"]";

  static final String VERN_ACCEPT = "[data-vern-cc=\"acceptAll\"]";

  /** OneTrust, Cookiebot, cookieconsent v3, Klaro, CookieYes, Complianz. */
  static final List<String> KNOWN_REJECT =
      List.of(
          "#onetrust-reject-all-handler",
          "#CybotCookiebotDialogBodyButtonDecline",
          "button[data-role=\"necessary\"]",
          ".cm-btn-decline",
          ".cky-btn-reject",
          ".cmplz-deny");

  static final List<String> KNOWN_ACCEPT =
      List.of(
          "#onetrust-accept-btn-handler",
          "#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll",
          "button[data-role=\"all\"]",
          ".cm-btn-accept-all",
          ".cky-btn-accept",
          ".cmplz-accept");

  /** Compared with a button's text, trimmed and in lower case. */
  static final List<String> REJECT_WORDS =
      List.of(
          "reject all",
          "reject",
          "decline all",
          "decline",
          "deny",
          "only necessary",
          "necessary only",
          "refuse all",
          "avvis alle",
          "avvis",
          "kun nødvendige",
          "bare nødvendige",
          "godta kun nødvendige");

  static final List<String> ACCEPT_WORDS =
      List.of(
          "accept all",
          "accept",
          "allow all",
          "agree",
          "i agree",
          "godta alle",
          "godta",
          "aksepter alle",
          "tillat alle");

  /**
   * Clicks the first visible match, looking into open shadow roots too; answers how it was found or
   * null. Arguments: Vern's selector, the known selectors, the words.
   */
  static final String CLICK_SCRIPT =
      """
      const [vern, known, words] = arguments;
      function all(root, s) {
        let out = Array.from(root.querySelectorAll(s));
        root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) out = out.concat(all(e.shadowRoot, s)); });
        return out;
      }
      function visible(e) { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; }
      let e = all(document, vern).find(visible);
      if (e) { e.click(); return 'vern'; }
      for (const k of known) {
        e = all(document, k).find(visible);
        if (e) { e.click(); return 'known:' + k; }
      }
      const buttons = all(document, 'button,a,[role=button],input[type=button],input[type=submit]');
      for (const w of words) {
        e = buttons.find(b => visible(b) && (b.innerText || b.value || '').trim().toLowerCase() === w);
        if (e) { e.click(); return 'text:' + w; }
      }
      return null;
      """;

  private ConsentControls() {}
}
