package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.vern.inventory.Activity;
import no.vern.inventory.DataCategory;
import no.vern.inventory.Inventory;
import no.vern.inventory.LegalBasis;
import no.vern.inventory.LegalGround;

/**
 * Whether each activity's legal bases carry what the law asks of them: a consent purpose the ledger
 * can record (Art. 7(1)), a balancing test (Art. 6(1)(f)), an Art. 9 condition for special
 * categories, an Art. 10 authorisation for criminal-offence data, and an Art. 6 basis under both.
 */
final class LegalBasisRules {

  private LegalBasisRules() {}

  static void check(Inventory inventory, Problems problems) {
    Map<String, DataCategory> categories =
        inventory.dataCategories().stream()
            .filter(category -> category.id() != null)
            .collect(Collectors.toMap(DataCategory::id, Function.identity(), (a, b) -> a));
    for (int i = 0; i < inventory.activities().size(); i++) {
      Activity activity = inventory.activities().get(i);
      String path = at("activities", i);
      grounds(activity, path, problems);
      List<DataCategory> used =
          activity.dataCategories().stream().map(categories::get).filter(Objects::nonNull).toList();
      specialCategories(activity, used, path, problems);
      criminalOffences(activity, used, path, problems);
    }
  }

  private static void grounds(Activity activity, String path, Problems problems) {
    List<LegalGround> grounds = activity.legalBases();
    for (int j = 0; j < grounds.size(); j++) {
      LegalGround ground = grounds.get(j);
      String at = at(path + ".legalBases", j);
      if (ground.basis() == null) {
        continue;
      }
      if (ground.basis().legitimateInterest() && Problems.blank(ground.balancingTest())) {
        problems.error(
            at + ".balancingTest",
            "balancing-test-missing",
            "Legitimate interest (Art. 6(1)(f)) needs a reference to the documented balancing"
                + " test.");
      }
      if (ground.basis().article10() && ground.reference() == null) {
        problems.error(
            at + ".reference",
            "article-10-reference-missing",
            "Art. 10 data may only be processed under official authority or a law that allows"
                + " it; name that law.");
      }
    }
    boolean consent = grounds.stream().anyMatch(g -> g.basis() != null && g.basis().consent());
    if (consent && Problems.blank(activity.consentPurpose())) {
      problems.error(
          path + ".consentPurpose",
          "consent-purpose-missing",
          "The activity rests on consent, so it needs the consent purpose people agree to.");
    }
    boolean article6 =
        grounds.stream().anyMatch(g -> g.basis() != null && g.basis().name().startsWith("A6_"));
    if (!grounds.isEmpty() && !article6) {
      problems.error(
          path + ".legalBases",
          "article-6-basis-missing",
          "Art. 9 and Art. 10 add conditions; the activity still needs a basis under Art. 6(1).");
    }
  }

  private static void specialCategories(
      Activity activity, List<DataCategory> used, String path, Problems problems) {
    String special = ids(used.stream().filter(category -> category.special() != null).toList());
    boolean article9 = activity.legalBases().stream().anyMatch(g -> isArticle9(g.basis()));
    if (!special.isEmpty() && !article9) {
      problems.error(
          path + ".legalBases",
          "special-category-without-article-9",
          "The activity uses special categories of data ("
              + special
              + "), so it needs an Art. 9(2) condition such as A9-2-a or A9-2-b.");
    }
  }

  private static void criminalOffences(
      Activity activity, List<DataCategory> used, String path, Problems problems) {
    String offences = ids(used.stream().filter(DataCategory::aboutCriminalOffences).toList());
    if (!offences.isEmpty() && !activity.restsOn(LegalBasis.A10)) {
      problems.error(
          path + ".legalBases",
          "criminal-offence-without-article-10",
          "The activity uses data about criminal convictions or offences ("
              + offences
              + "), so it needs an A10 entry naming the law that allows it.");
    }
  }

  private static boolean isArticle9(LegalBasis basis) {
    return basis != null && basis.article9();
  }

  private static String ids(List<DataCategory> categories) {
    return categories.stream().map(DataCategory::id).collect(Collectors.joining(", "));
  }
}
