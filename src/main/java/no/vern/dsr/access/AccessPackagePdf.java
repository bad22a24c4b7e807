package no.vern.dsr.access;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The package as a PDF (OpenPDF), with the same contents as the page in simpler form: headings, the
 * activity's information and each record's fields. The standard Helvetica font covers Latin-1,
 * which holds Norwegian letters; characters outside it print as gaps (a known limit).
 */
@Component
class AccessPackagePdf {

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

  private final MessageSource messages;

  AccessPackagePdf(MessageSource messages) {
    this.messages = messages;
  }

  byte[] render(AccessPackage p) {
    Locale locale = Locale.forLanguageTag(p.language());
    var out = new ByteArrayOutputStream();
    Document doc = new Document();
    PdfWriter.getInstance(doc, out);
    doc.open();
    doc.add(new Paragraph(get("dsr.answer.package.title", locale), TITLE));
    line(doc, get("dsr.answer.package.generated", locale) + " " + p.generatedAt());
    if (p.review().required()) {
      line(doc, get("dsr.answer.package.review", locale));
    }
    heading(doc, get("dsr.answer.identifiers", locale));
    p.identifiers().forEach(i -> line(doc, i.type() + ": " + i.value()));
    for (var a : p.activities()) {
      heading(doc, a.name());
      field(doc, get("dsr.answer.purpose", locale), a.purpose());
      a.legalBases().forEach(b -> field(doc, get("dsr.answer.basis", locale), b.basis()));
      field(doc, get("dsr.answer.categories", locale), String.join(", ", a.dataCategories()));
      a.recipients()
          .forEach(
              r ->
                  field(
                      doc, get("dsr.answer.recipients", locale), r.name() + " (" + r.role() + ")"));
      field(doc, get("dsr.answer.retention", locale), a.retention());
      a.sources().forEach(s -> field(doc, get("dsr.answer.sources", locale), s.description()));
      a.automatedDecisions()
          .forEach(d -> field(doc, get("dsr.answer.automated", locale), d.logic()));
      for (var r : a.records()) {
        line(doc, get("dsr.answer.collected", locale) + " " + r.collectedAt());
        if (r.withheld() || r.data() == null) {
          line(doc, "  " + get("dsr.answer.withheld", locale));
        } else {
          for (Map.Entry<String, Object> e : r.data().entrySet()) {
            line(doc, "  " + e.getKey() + ": " + e.getValue());
          }
        }
      }
    }
    heading(doc, get("disclosure.answer.title", locale));
    if (p.disclosures().isEmpty()) {
      line(doc, get("disclosure.answer.none", locale));
    }
    for (var d : p.disclosures()) {
      line(doc, d.disclosedAt() + " " + d.recipient() + " (" + d.role() + ")");
      field(
          doc,
          "  " + get("disclosure.answer.activities", locale),
          String.join(", ", d.activities()));
      field(
          doc,
          "  " + get("disclosure.answer.categories", locale),
          String.join(", ", d.dataCategories()));
      if (d.transfer() != null) {
        field(
            doc,
            "  " + get("disclosure.answer.transfer", locale),
            d.country() + ": " + d.transfer());
      }
    }
    heading(doc, get("dsr.answer.consents", locale));
    p.consents().forEach(c -> line(doc, c.at() + " " + c.purpose() + " " + c.status()));
    heading(doc, get("dsr.answer.cookies", locale));
    if (p.cookieChoices().isEmpty()) {
      line(doc, get("dsr.answer.cookies.none", locale));
    }
    for (var c : p.cookieChoices()) {
      line(doc, c.recordedAt() + " " + nz(c.page()));
      field(
          doc, "  " + get("dsr.answer.cookie.accepted", locale), categories(c.accepted(), locale));
      field(doc, "  " + get("dsr.answer.cookie.refused", locale), categories(c.refused(), locale));
    }
    heading(doc, get("dsr.answer.rights", locale));
    p.rights().rights().forEach(r -> line(doc, "- " + r.text()));
    line(doc, p.rights().complaint() + " " + nz(p.rights().authorityUrl()));
    line(doc, p.rights().judicialRemedy());
    doc.close();
    return out.toByteArray();
  }

  private String categories(List<String> ids, Locale locale) {
    return String.join(
        ", ", ids.stream().map(id -> get("dsr.answer.cookie.category." + id, locale)).toList());
  }

  private String get(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  private static void heading(Document doc, String text) {
    Paragraph p = new Paragraph(text, HEADING);
    p.setSpacingBefore(10);
    p.setAlignment(Element.ALIGN_LEFT);
    doc.add(p);
  }

  private static void field(Document doc, String label, String value) {
    if (value != null && !value.isBlank()) {
      line(doc, label + ": " + value);
    }
  }

  private static void line(Document doc, String text) {
    doc.add(new Paragraph(text, BODY));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
