package no.vern.inventory.domain;

import no.vern.inventory.Activity;
import no.vern.inventory.Audience;
import no.vern.inventory.ConnectedSystem;
import no.vern.inventory.ConsentPurpose;
import no.vern.inventory.Controller;
import no.vern.inventory.DataCategory;
import no.vern.inventory.Form;
import no.vern.inventory.Recipient;
import no.vern.inventory.RetentionTrigger;
import no.vern.inventory.SecurityMeasure;
import no.vern.inventory.SubjectCategory;

/** The id of any listed entry and its main text, so that list-wide rules are written once. */
record Identified(String idField, String id, String textField, Object text) {

  static Identified of(Object entry) {
    if (entry instanceof ConsentPurpose purpose) {
      return new Identified("code", purpose.code(), "title", purpose.title());
    }
    if (entry instanceof DataCategory category) {
      return new Identified("id", category.id(), "name", category.name());
    }
    if (entry instanceof SubjectCategory category) {
      return new Identified("id", category.id(), "name", category.name());
    }
    if (entry instanceof RetentionTrigger trigger) {
      return new Identified("id", trigger.id(), "description", trigger.description());
    }
    if (entry instanceof SecurityMeasure measure) {
      return new Identified("id", measure.id(), "description", measure.description());
    }
    if (entry instanceof Recipient recipient) {
      return new Identified("id", recipient.id(), "name", recipient.name());
    }
    if (entry instanceof Controller controller) {
      return new Identified("id", controller.id(), "name", controller.name());
    }
    if (entry instanceof Activity activity) {
      return new Identified("id", activity.id(), "name", activity.name());
    }
    if (entry instanceof Audience audience) {
      return new Identified("id", audience.id(), "name", audience.name());
    }
    if (entry instanceof ConnectedSystem system) {
      return new Identified("id", system.id(), "name", system.name());
    }
    if (entry instanceof Form form) {
      return new Identified("id", form.id(), "title", form.title());
    }
    throw new IllegalArgumentException("Not an identified entry: " + entry.getClass());
  }
}
