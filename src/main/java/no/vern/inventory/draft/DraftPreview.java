package no.vern.inventory.draft;

import java.util.List;
import no.vern.inventory.NoticePreview;
import no.vern.inventory.PublishConsequences.Consequence;

/**
 * What the draft page shows before anything happens. {@code notices} and {@code consequences} are
 * empty while the draft has errors: the notice of an inventory that cannot be activated is not one
 * anybody will read. {@code unchanged} is a valid draft equal to the inventory in force.
 */
public record DraftPreview(
    Draft draft,
    List<LinedProblem> problems,
    boolean publishable,
    boolean unchanged,
    List<NoticePreview.Language> notices,
    List<Consequence> consequences) {

  /** A problem placed at the line of the document it concerns (1 for the whole document). */
  public record LinedProblem(int line, String path, String message, boolean blocking) {}

  public long errors() {
    return problems.stream().filter(LinedProblem::blocking).count();
  }
}
