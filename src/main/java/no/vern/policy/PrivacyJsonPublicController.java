package no.vern.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The privacy notice for programs: the same content, structured, and the change status. */
@RestController
class PrivacyJsonPublicController {

  private final PrivacyNotices notices;
  private final NoticeReader reader;
  private final ChangedNotice changed;

  PrivacyJsonPublicController(PrivacyNotices notices, NoticeReader reader, ChangedNotice changed) {
    this.notices = notices;
    this.reader = reader;
    this.changed = changed;
  }

  @GetMapping("/privacy.json")
  Map<String, Object> current() {
    return document(reader.latest());
  }

  @GetMapping("/privacy/versions.json")
  List<Map<String, Object>> versions() {
    return notices.versions().stream().map(PrivacyJsonPublicController::summary).toList();
  }

  @GetMapping("/privacy/versions/{number}.json")
  Map<String, Object> version(@PathVariable int number) {
    return document(reader.summary(number));
  }

  /** For the cookie banner and the portal: whether to tell people that the notice changed. */
  @GetMapping("/public/privacy-notice/status")
  ChangedNotice.Status status() {
    return changed.status(reader.latest());
  }

  private Map<String, Object> document(PublishedNotice notice) {
    Map<String, Object> document = summary(notice);
    document.put("changedRecently", changed.status(notice).changedRecently());
    document.put("content", reader.contentTree(notice.version()));
    return document;
  }

  private static Map<String, Object> summary(PublishedNotice notice) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("version", notice.version());
    summary.put("inventoryVersion", notice.inventoryVersion());
    summary.put("publishedAt", notice.publishedAt());
    summary.put("contentSha256", notice.contentSha256());
    summary.put("html", "/privacy/versions/" + notice.version());
    return summary;
  }
}
