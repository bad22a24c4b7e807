package no.vern.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Where a redirect points, for each kind of location and with or without a trusted proxy. */
class BaseUrlRedirectsTests {

  private static final String BASE = "https://privacy.example.invalid";

  private final BaseUrlRedirects none = new BaseUrlRedirects(BASE, false);
  private final BaseUrlRedirects native_ = new BaseUrlRedirects(BASE, true);

  @Test
  void aPathIsPutUnderTheBaseUrlWhateverTheHostHeaderSays() {
    assertThat(none.resolve(forged("/admin/audit"), "/admin/login?error"))
        .isEqualTo(BASE + "/admin/login?error");
  }

  @Test
  void aRelativePathIsResolvedAgainstTheRequestedPage() {
    assertThat(none.resolve(forged("/admin/users/new"), "../audit?x=1#top"))
        .isEqualTo(BASE + "/admin/audit?x=1#top");
  }

  @Test
  void anAbsoluteUrlBuiltFromTheHostHeaderIsMovedToTheBaseUrl() {
    // What Spring Security saves before sign-in: the page asked for, under the request's host.
    assertThat(none.resolve(forged("/admin/login"), "http://attacker.invalid/admin/audit?continue"))
        .isEqualTo(BASE + "/admin/audit?continue");
  }

  @Test
  void anotherSiteIsLeftAlone() {
    assertThat(none.resolve(forged("/x"), "https://elsewhere.example.invalid/page"))
        .isEqualTo("https://elsewhere.example.invalid/page");
    assertThat(none.resolve(forged("/x"), "//elsewhere.example.invalid/page"))
        .isEqualTo("//elsewhere.example.invalid/page");
  }

  @Test
  void aBaseUrlWithAPathKeepsIt() {
    var prefixed = new BaseUrlRedirects("https://example.invalid/vern", false);
    assertThat(prefixed.resolve(forged("/admin"), "/admin/login"))
        .isEqualTo("https://example.invalid/vern/admin/login");
  }

  @Test
  void forwardedHeadersCountOnlyWhenSwitchedOnAndATrustedProxySentThem() {
    // What Tomcat's remote-IP valve leaves after believing a trusted proxy's X-Forwarded-*: the
    // server name and scheme replaced (the mock would read them from a Host header, so none).
    MockHttpServletRequest proxied = new MockHttpServletRequest("GET", "/admin");
    proxied.setScheme("https");
    proxied.setServerName("vern.example.invalid");
    proxied.setServerPort(443);
    proxied.setAttribute(BaseUrlRedirects.FORWARDED, Boolean.TRUE);

    assertThat(native_.resolve(proxied, "/admin/login"))
        .isEqualTo("https://vern.example.invalid/admin/login");
    assertThat(none.resolve(proxied, "/admin/login")).isEqualTo(BASE + "/admin/login");

    MockHttpServletRequest direct = forged("/admin");
    assertThat(native_.resolve(direct, "/admin/login"))
        .as("not from a trusted proxy: the Host header is still not believed")
        .isEqualTo(BASE + "/admin/login");
  }

  private static MockHttpServletRequest forged(String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
    request.setScheme("http");
    request.setServerName("attacker.invalid");
    request.setServerPort(80);
    request.addHeader("Host", "attacker.invalid");
    return request;
  }
}
