package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;
import no.vern.inventory.Cookie;
import no.vern.policy.domain.Notice.Block;
import no.vern.policy.domain.Notice.Section;

/** What cookies are, the four categories, session and persistent, and the declaration table. */
final class CookieSection {

  private CookieSection() {}

  static Section cookies(NoticeContext c) {
    List<Block> intro =
        List.of(
            Block.paragraph(c.get("policy.cookies.what")),
            Block.paragraph(c.get("policy.cookies.consent")),
            Block.paragraph(c.get("policy.cookies.browser")));
    List<Section> subsections = new ArrayList<>();
    List<List<String>> categories = new ArrayList<>();
    for (Cookie.Category category : Cookie.Category.values()) {
      String key = "policy.cookies.category." + category.code();
      categories.add(List.of(c.get(key), c.get(key + ".about")));
    }
    subsections.add(
        new Section(
            "cookie-categories",
            c.get("policy.cookies.categories"),
            List.of(Block.facts(categories))));
    subsections.add(
        new Section(
            "cookie-lifetimes",
            c.get("policy.cookies.lifetimes"),
            List.of(
                Block.paragraph(c.get("policy.cookies.session")),
                Block.paragraph(c.get("policy.cookies.persistent")))));
    subsections.add(
        new Section("cookie-declaration", c.get("policy.cookies.declaration"), declaration(c)));
    return new Section("cookies", c.get("policy.section.cookies"), intro, subsections);
  }

  private static List<Block> declaration(NoticeContext c) {
    if (c.inventory().cookies().isEmpty()) {
      return List.of(Block.paragraph(c.get("policy.cookies.none")));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Cookie cookie : c.inventory().cookies()) {
      rows.add(
          List.of(
              cookie.name(),
              c.party(cookie.provider()),
              c.get("policy.cookies.category." + cookie.category().code()),
              c.text(cookie.purpose()),
              lifetime(c, cookie),
              c.get("policy.cookies.party." + cookie.party().code()),
              c.get("policy.cookies.basis." + cookie.effectiveLegalBasis().code())));
    }
    List<String> headers =
        List.of(
            c.get("policy.cookies.column.name"),
            c.get("policy.cookies.column.provider"),
            c.get("policy.cookies.column.category"),
            c.get("policy.cookies.column.purpose"),
            c.get("policy.cookies.column.lifetime"),
            c.get("policy.cookies.column.party"),
            c.get("policy.cookies.column.basis"));
    return List.of(Block.table(headers, rows));
  }

  private static String lifetime(NoticeContext c, Cookie cookie) {
    if (cookie.lifetime() == Cookie.Lifetime.SESSION || cookie.maxAge() == null) {
      return c.get("policy.cookies.lifetime.session");
    }
    return c.get(
        "policy.cookies.lifetime.persistent", c.retentionWording().period(cookie.maxAge()));
  }
}
