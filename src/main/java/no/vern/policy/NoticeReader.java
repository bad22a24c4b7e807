package no.vern.policy;

import java.util.List;
import no.vern.policy.domain.NoticeDiff;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Reads published versions for the public pages, answering 404 for a version that is not there. */
@Component
class NoticeReader {

  private final NoticeStore store;

  NoticeReader(NoticeStore store) {
    this.store = store;
  }

  PublishedNotice summary(int version) {
    return store.find(version).orElseThrow(() -> missing(version));
  }

  PublishedNotice latest() {
    return store
        .latest()
        .orElseThrow(
            () -> new ApiProblem(CommonProblem.NOT_FOUND, "No privacy notice is published yet."));
  }

  NoticeContent content(int version) {
    return NoticeContent.parse(store.content(version).orElseThrow(() -> missing(version)));
  }

  JsonNode contentTree(int version) {
    return NoticeContent.tree(store.content(version).orElseThrow(() -> missing(version)));
  }

  String html(int version, String language) {
    return store.html(version, language).orElseThrow(() -> missing(version));
  }

  /** Defaults to the latest version against the one before it. */
  Comparison compare(Integer from, Integer to, String language) {
    int newer = to == null ? latest().version() : summary(to).version();
    int older = from == null ? Math.max(1, newer - 1) : summary(from).version();
    List<String> before = content(older).in(language).lines();
    List<String> after = content(newer).in(language).lines();
    return new Comparison(older, newer, NoticeDiff.between(before, after));
  }

  private static ApiProblem missing(int version) {
    return new ApiProblem(
        CommonProblem.NOT_FOUND, "There is no privacy notice version " + version + ".");
  }

  record Comparison(int from, int to, List<NoticeDiff.Line> lines) {}
}
