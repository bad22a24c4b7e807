package no.vern.policy.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A privacy notice in one language, as a tree a template can render and a program can read:
 * sections with headings, each holding paragraphs, lists, term-value facts and tables. It holds no
 * date, so the same inventory always gives the same notice and an unchanged inventory publishes no
 * new version.
 */
public record Notice(String language, String title, String lead, List<Section> sections) {

  public Notice {
    sections = List.copyOf(sections);
  }

  /** A section ({@code h2}); subsections ({@code h3}) go one level deeper and no further. */
  public record Section(String id, String heading, List<Block> blocks, List<Section> subsections) {
    public Section {
      blocks = List.copyOf(blocks);
      subsections = List.copyOf(subsections);
    }

    public Section(String id, String heading, List<Block> blocks) {
      this(id, heading, blocks, List.of());
    }
  }

  /**
   * One block of content. {@code type} is {@code paragraph} (with an optional {@code href}), {@code
   * list} ({@code items}), {@code facts} (each row a term followed by its values), {@code table}
   * ({@code headers} and {@code rows}) or {@code links} (rows of text and anchor). One flat record
   * keeps the stored JSON easy to read back.
   */
  public record Block(
      String type,
      String text,
      String href,
      List<String> items,
      List<String> headers,
      List<List<String>> rows) {

    public static Block paragraph(String text) {
      return new Block("paragraph", text, null, List.of(), List.of(), List.of());
    }

    public static Block link(String text, String href) {
      return new Block("paragraph", text, href, List.of(), List.of(), List.of());
    }

    public static Block list(List<String> items) {
      return new Block("list", null, null, List.copyOf(items), List.of(), List.of());
    }

    public static Block facts(List<List<String>> rows) {
      return new Block("facts", null, null, List.of(), List.of(), List.copyOf(rows));
    }

    /** Links within the notice: each row is a text and the anchor it leads to ({@code #id}). */
    public static Block links(List<List<String>> rows) {
      return new Block("links", null, null, List.of(), List.of(), List.copyOf(rows));
    }

    public static Block table(List<String> headers, List<List<String>> rows) {
      return new Block("table", null, null, List.of(), List.copyOf(headers), List.copyOf(rows));
    }
  }

  /** The notice as lines of reading text, in order: what a diff compares. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>(List.of(title, lead));
    sections.forEach(section -> addLines(section, lines));
    return lines;
  }

  private static void addLines(Section section, List<String> lines) {
    lines.add(section.heading());
    for (Block block : section.blocks()) {
      switch (block.type()) {
        case "list" -> lines.addAll(block.items());
        case "facts" -> block.rows().forEach(row -> lines.add(String.join(": ", row)));
        case "table" -> block.rows().forEach(row -> lines.add(String.join(" · ", row)));
        case "links" -> block.rows().forEach(row -> lines.add(row.get(0)));
        default ->
            lines.add(block.href() == null ? block.text() : block.text() + " " + block.href());
      }
    }
    section.subsections().forEach(sub -> addLines(sub, lines));
  }
}
