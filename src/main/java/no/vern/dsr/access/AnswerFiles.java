package no.vern.dsr.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.vern.dsr.AnswerKind;
import no.vern.dsr.portability.Portability;
import no.vern.dsr.portability.PortabilityCsv;
import no.vern.dsr.portability.PortableData;
import no.vern.subject.SubjectId;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer as one ZIP file, because a link works once and the person should get every form at
 * once: the access package as JSON, HTML and PDF; portable data as JSON and CSV.
 */
@Component
public class AnswerFiles {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final AccessPackages packages;
  private final AccessPackageHtml html;
  private final AccessPackagePdf pdf;
  private final Portability portability;

  AnswerFiles(
      AccessPackages packages,
      AccessPackageHtml html,
      AccessPackagePdf pdf,
      Portability portability) {
    this.packages = packages;
    this.html = html;
    this.pdf = pdf;
    this.portability = portability;
  }

  /** The file name and the ZIP's bytes. */
  public record Archive(String fileName, byte[] bytes) {}

  public Archive of(SubjectId subject, AnswerKind kind, String language, String actor) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    if (kind == AnswerKind.ACCESS) {
      AccessPackage p = packages.of(subject, language, actor);
      files.put("access-package.json", JSON.writeValueAsBytes(p));
      files.put("access-package.html", html.render(p).getBytes(StandardCharsets.UTF_8));
      files.put("access-package.pdf", pdf.render(p));
      return new Archive("access-package.zip", zip(files));
    }
    PortableData data = portability.of(subject, actor);
    files.put("portable-data.json", JSON.writeValueAsBytes(data));
    files.put("portable-data.csv", PortabilityCsv.of(data).getBytes(StandardCharsets.UTF_8));
    return new Archive("portable-data.zip", zip(files));
  }

  private static byte[] zip(Map<String, byte[]> files) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (var e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
