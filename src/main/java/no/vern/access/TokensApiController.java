package no.vern.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.vern.shared.problem.ApiProblem;
import no.vern.shared.problem.CommonProblem;
import no.vern.shared.problem.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** API tokens over the API, for automation; ADMIN only. The secret appears once, in the 201. */
@RestController
@RequestMapping("/api/v1/tokens")
@PreAuthorize("hasRole('ADMIN')")
class TokensApiController {

  record TokenView(
      UUID id,
      String name,
      String prefix,
      Set<Role> roles,
      Instant expiresAt,
      Instant createdAt,
      String createdBy,
      Instant revokedAt,
      Instant lastUsedAt,
      ScopeBody scope) {

    static TokenView of(ApiToken t, Scope scope) {
      return new TokenView(
          t.id(),
          t.name(),
          t.prefix(),
          t.roles(),
          t.expiresAt(),
          t.createdAt(),
          t.createdBy(),
          t.revokedAt(),
          t.lastUsedAt(),
          ScopeBody.of(scope));
    }
  }

  /**
   * The need-to-know scope (docs/need-to-know.md): {@code {"all": true}}, or {@code {"controllers":
   * ["alta"], "activities": ["payroll-alta"]}} (activities optional, narrowing).
   */
  record ScopeBody(Boolean all, List<String> controllers, List<String> activities) {

    Scope scope() {
      boolean listed =
          (controllers != null && !controllers.isEmpty())
              || (activities != null && !activities.isEmpty());
      if (Boolean.TRUE.equals(all) && !listed) {
        return Scope.ALL;
      }
      if (!Boolean.TRUE.equals(all) && listed) {
        return Scope.listed(controllers, activities == null ? List.of() : activities);
      }
      throw new RuleViolation("access.scope.required");
    }

    static ScopeBody of(Scope s) {
      return s.all()
          ? new ScopeBody(true, List.of(), List.of())
          : new ScopeBody(false, List.copyOf(s.controllers()), List.copyOf(s.activities()));
    }
  }

  /**
   * {@code scope} may be left out, and then is "all controllers": the body of before issue 18 stays
   * valid and gives what every token had then (docs/need-to-know.md says why).
   */
  record CreateTokenRequest(
      @NotBlank @Size(max = 100) String name,
      @NotEmpty Set<Role> roles,
      @Min(1) @Max(TokenManagement.MAX_DAYS) Integer expiresInDays,
      ScopeBody scope) {}

  record CreatedToken(
      UUID id,
      String name,
      String prefix,
      Set<Role> roles,
      Instant expiresAt,
      ScopeBody scope,
      String secret) {}

  private final TokenManagement tokens;

  TokensApiController(TokenManagement tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  List<TokenView> list() {
    java.util.Map<String, Scope> listed = tokens.listedScopes();
    return tokens.all().stream()
        .map(
            t ->
                TokenView.of(
                    t, listed.getOrDefault(no.vern.shared.PrincipalNames.token(t.id()), Scope.ALL)))
        .toList();
  }

  @GetMapping("/{id}")
  TokenView one(@PathVariable UUID id) {
    return tokens
        .byId(id)
        .map(t -> TokenView.of(t, tokens.scopeOf(t.id())))
        .orElseThrow(TokensApiController::notFound);
  }

  @PostMapping
  ResponseEntity<CreatedToken> create(
      @Valid @RequestBody CreateTokenRequest body, Authentication caller) {
    int days = body.expiresInDays() == null ? TokenManagement.DEFAULT_DAYS : body.expiresInDays();
    Scope scope;
    try {
      scope = body.scope() == null ? Scope.ALL : body.scope().scope();
    } catch (RuleViolation v) {
      throw new ApiProblem(
          CommonProblem.VALIDATION_FAILED,
          "The token was not created.",
          List.of(
              new FieldError(
                  "scope",
                  v.messageKey().substring(v.messageKey().lastIndexOf('.') + 1),
                  "Give either \"all\": true or at least one controller id (a-z, 0-9, ., _, -).")));
    }
    TokenManagement.Issued issued =
        tokens.create(Actor.of(caller.getName()), body.name(), body.roles(), days, scope);
    ApiToken t = issued.token();
    return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
        .body(
            new CreatedToken(
                t.id(),
                t.name(),
                t.prefix(),
                t.roles(),
                t.expiresAt(),
                ScopeBody.of(scope),
                issued.secret()));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@PathVariable UUID id, Authentication caller) {
    one(id);
    tokens.revoke(Actor.of(caller.getName()), id);
    return ResponseEntity.noContent().build();
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no API token with this id.");
  }
}
