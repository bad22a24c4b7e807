package no.vern.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A range of audit action codes that a module's enum owns, inclusive. Ranges of two modules never
 * overlap. Some codes were numbered before modules owned ranges, which is why a module may own
 * several narrow ranges; new modules take a whole block (see docs/audit.md).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(AuditCodes.Ranges.class)
public @interface AuditCodes {
  int from();

  int to();

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Ranges {
    AuditCodes[] value();
  }
}
