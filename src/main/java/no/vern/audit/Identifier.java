package no.vern.audit;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value fit for the audit trail: a short identifier such as {@code crm-user:4711}, never a
 * personal-data value. The character set keeps out names and free text; e-mail addresses, the most
 * likely slip, are refused explicitly.
 */
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 200, message = "must be at most 200 characters")
@Pattern.List({
  @Pattern(
      regexp = "[A-Za-z0-9:._@/-]*",
      message = "must be an identifier: letters, digits and : . _ @ / - only"),
  @Pattern(
      regexp = "(?!.*@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$).*",
      message = "must be an identifier, not an e-mail address")
})
@interface Identifier {
  String message() default "must be an identifier";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
