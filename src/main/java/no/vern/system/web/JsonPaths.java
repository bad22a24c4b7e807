package no.vern.system.web;

import tools.jackson.databind.DatabindException;

/** Renders Jackson's reference path as "identifiers.email" or "rows[3].name". */
final class JsonPaths {

  private JsonPaths() {}

  static String of(DatabindException e) {
    StringBuilder path = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
