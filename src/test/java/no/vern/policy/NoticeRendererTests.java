package no.vern.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeRendererTests {

  private static final String MAIN =
      """
      <main id="notice">
        <h1>Personvernerklæring</h1>
        <nav class="toc" aria-labelledby="toc-heading"><h2 id="toc-heading">Innhold</h2>
          <ol><li><a href="#contact">Kontakt</a></li><li><a href="/rights?lang=nb">Rettigheter</a></li></ol></nav>
        <section id="contact"><h2>Kontakt</h2><section id="dpo"><h3>Personvernombud</h3></section></section>
      </main>""";

  @Test
  void theNoticeSitsInsideAnAdminPageWithoutASecondMainOrCollidingIds() {
    String embedded = NoticeRenderer.embedded(MAIN, "nb");

    assertThat(embedded).startsWith("<div id=\"preview-nb-notice\">").endsWith("</div>");
    assertThat(embedded).doesNotContain("<main").doesNotContain("</main>");
    assertThat(embedded)
        .contains("aria-labelledby=\"preview-nb-toc-heading\"")
        .contains("<h4 id=\"preview-nb-toc-heading\">Innhold</h4>")
        .contains("href=\"#preview-nb-contact\"")
        .contains("<section id=\"preview-nb-contact\">")
        // Links out of the page are left alone.
        .contains("href=\"/rights?lang=nb\"");
  }

  @Test
  void headingsMoveTwoLevelsDownUnderThePagesOwn() {
    String embedded = NoticeRenderer.embedded(MAIN, "en");

    assertThat(embedded)
        .contains("<h3>Personvernerklæring</h3>")
        .contains("<h4>Kontakt</h4>")
        .contains("<h5>Personvernombud</h5>")
        .doesNotContain("<h1")
        .doesNotContain("<h2");
  }
}
