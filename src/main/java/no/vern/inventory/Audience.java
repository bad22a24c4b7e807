package no.vern.inventory;

import java.util.List;

/**
 * A group the privacy notice speaks to in a section of its own ("Har du mottatt et inkassokrav?"):
 * its name, the heading of its section, and the subject categories it gathers. An activity concerns
 * an audience when they share a subject category.
 */
public record Audience(String id, Text name, Text heading, List<String> subjectCategories) {

  public Audience {
    subjectCategories = ModelLists.copy(subjectCategories);
  }
}
