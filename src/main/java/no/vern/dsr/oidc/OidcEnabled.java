package no.vern.dsr.oidc;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an issuer and a client id are set: an empty {@code VERN_OIDC_ISSUER} means off. */
class OidcEnabled implements Condition {

  @Override
  public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
    Binder binder = Binder.get(context.getEnvironment());
    String issuer = binder.bind("vern.oidc.issuer", String.class).orElse("");
    String client = binder.bind("vern.oidc.client-id", String.class).orElse("");
    return !issuer.isBlank() && !client.isBlank();
  }
}
