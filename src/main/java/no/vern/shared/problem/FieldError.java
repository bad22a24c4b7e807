package no.vern.shared.problem;

/** One thing wrong with a request: where (a JSON path or parameter), a stable code, and why. */
public record FieldError(String field, String code, String message) {}
