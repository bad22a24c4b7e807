package no.vern.inventory.domain;

import static no.vern.inventory.domain.Problems.at;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.vern.inventory.Form;
import no.vern.inventory.FormField;
import no.vern.inventory.FormOption;

/**
 * Each field of a form: named once, with a type and a label; choices with their options; lengths
 * that make sense. Field names appear in submissions and in the paths of their errors ({@code
 * fields.email}), so they are plain words.
 */
final class FormFieldRules {

  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  /** Long enough for any message a form should take; the request body limit bounds the rest. */
  static final int LONGEST_FIELD = 20_000;

  private FormFieldRules() {}

  static void check(Form form, String formPath, Problems problems) {
    Map<String, Integer> names = new HashMap<>();
    for (int j = 0; j < form.fields().size(); j++) {
      FormField field = form.fields().get(j);
      String path = at(formPath + ".fields", j);
      name(field, path, names, j, formPath, problems);
      problems.require(field.type(), path + ".type", "The field's type");
      problems.require(field.label(), path + ".label", "The field's label");
      options(field, path, problems);
      maxLength(field, path, problems);
    }
  }

  private static void name(
      FormField field,
      String path,
      Map<String, Integer> names,
      int index,
      String formPath,
      Problems problems) {
    if (!problems.require(field.name(), path + ".name", "The field's name")) {
      return;
    }
    String name = field.name();
    if (!FIELD_NAME.matcher(name).matches()) {
      problems.error(
          path + ".name",
          "invalid-field-name",
          "A field name starts with a letter and has letters, digits and '_', at most 64.");
    } else if (Form.RESERVED_FIELD_NAMES.contains(name)) {
      problems.error(
          path + ".name",
          "reserved-field-name",
          "'" + name + "' is reserved (lang chooses the language, website is the spam trap).");
    }
    Integer first = names.putIfAbsent(name, index);
    if (first != null) {
      problems.error(
          path + ".name",
          "duplicate-field",
          "The field '" + name + "' is already used by " + at(formPath + ".fields", first) + ".");
    }
  }

  private static void options(FormField field, String path, Problems problems) {
    if (field.type() == FormField.Type.CHOICE && field.options().isEmpty()) {
      problems.error(
          path + ".options", "choice-without-options", "A choice field needs its options.");
    }
    if (field.type() != FormField.Type.CHOICE && !field.options().isEmpty()) {
      problems.error(path + ".options", "options-not-allowed", "Only a choice field has options.");
    }
    Set<String> values = new HashSet<>();
    for (int k = 0; k < field.options().size(); k++) {
      FormOption option = field.options().get(k);
      String at = at(path + ".options", k);
      if (problems.require(option.value(), at + ".value", "The option's value")
          && !values.add(option.value())) {
        problems.error(
            at + ".value",
            "duplicate-option",
            "The value '" + option.value() + "' is already an option of this field.");
      }
      problems.require(option.label(), at + ".label", "The option's label");
    }
  }

  private static void maxLength(FormField field, String path, Problems problems) {
    if (field.maxLength() == null || field.type() == null) {
      return;
    }
    if (field.type().defaultMaxLength() == 0) {
      problems.error(
          path + ".maxLength",
          "max-length-not-allowed",
          "A " + field.type().code() + " field has no length to limit.");
    } else if (field.maxLength() < 1 || field.maxLength() > LONGEST_FIELD) {
      problems.error(
          path + ".maxLength",
          "invalid-value",
          "The maximum length is between 1 and " + LONGEST_FIELD + " characters.");
    }
  }
}
