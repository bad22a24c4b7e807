package no.vern.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an audit action constant as a read of one person's data (its entry names the person or one
 * of their records as the resource). The module that declares the action says so, because only it
 * knows; "who has looked at this person" ({@link AuditReads}) lists exactly these actions.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ReadOfPersonalData {}
