package no.vern.fuzz;

import static no.vern.fuzz.Endpoint.get;
import static no.vern.fuzz.Endpoint.post;

import java.util.List;
import no.vern.fuzz.Endpoint.Body;

/**
 * Every public and API operation of Vern. {@code FuzzIT} checks that each operation of {@code
 * /v3/api-docs} is listed here, so a new API endpoint is fuzzed from the day it exists.
 */
public final class Endpoints {

  private Endpoints() {}

  private static final String RECORD =
      "{\"activity\":{{s:debt-collection}},\"identifiers\":{\"caseNumber\":{{s:K-2025-@C}},"
          + "\"email\":{{s:@C@example.invalid}}},\"data\":{\"claim\":{{s:@C}},{{k:note}}:{{s:@C}}},"
          + "\"source\":{{s:third-party}},\"collectedAt\":{{d:2025-01-15T10:00:00Z}},"
          + "\"lastContactAt\":{{d:2025-01-16T10:00:00Z}},"
          + "\"relationshipEndedAt\":{{d:2025-01-17T10:00:00Z}},"
          + "\"caseClosedAt\":{{d:2025-01-18T10:00:00Z}}}";

  private static final String CONSENT =
      "{\"identifiers\":[{\"type\":{{s:email}},\"value\":{{s:@C@example.invalid}}}],"
          + "\"purpose\":{{s:newsletter}},\"action\":{{s:give}},\"language\":{{s:en}},"
          + "\"channel\":{{s:form:newsletter-signup}},\"method\":{{s:form}},"
          + "\"clientAddress\":{{s:192.0.2.17}},\"userAgent\":{{s:Mozilla/5.0 @C}},"
          + "\"noticeVersion\":{{n:1}},\"text\":{{s:@C}},\"at\":{{d:2025-01-15T10:00:00Z}}}";

  private static final String TRIGGER =
      "{\"event\":{{s:case-closed}},\"date\":{{s:2025-01-15}},\"caseReference\":{{s:K-@C}}}";

  private static final String DISCLOSURE =
      "{\"subject\":{{s:00000000-0000-0000-0000-000000000000}},"
          + "\"recipient\":{{s:credit-information-agency}},\"activity\":{{s:debt-collection}},"
          + "\"disclosedAt\":{{d:2025-01-15T10:00:00Z}},\"dataCategories\":[{{s:contact-details}}],"
          + "\"caseReference\":{{s:K-@C}},\"confidential\":false}";

  private static final String BREACH =
      "{\"awareAt\":{{d:2025-01-15T10:00:00Z}},\"summary\":{{s:@C}},"
          + "\"type\":{{s:confidentiality}},\"approxSubjects\":{{n:3}},"
          + "\"dataCategories\":[{{s:contact-details}}],\"risk\":{{s:high}},"
          + "\"riskReasoning\":{{s:@C}}}";

  public static final List<Endpoint> ALL =
      List.of(
          // API
          get("/api/v1/inventory"),
          new Endpoint(
                  "PUT",
                  "/api/v1/inventory",
                  Body.YAML,
                  List.of(),
                  "version: {{s:@C}}\nactivities: [{{s:x}}]\n",
                  true)
              .ownVernOnly(),
          get("/api/v1/inventory/versions"),
          get("/api/v1/inventory/versions/{number}"),
          get("/api/v1/inventory/schema"),
          get("/api/v1/inventory/record-of-processing", "format", "lang"),
          get("/api/v1/tokens"),
          get("/api/v1/tokens/{id}"),
          new Endpoint("DELETE", "/api/v1/tokens/{id}", Body.NONE, List.of(), "", true),
          post(
              "/api/v1/tokens",
              Body.JSON,
              "{\"name\":{{s:fuzz @C}},\"roles\":[{{s:AUDITOR}}],\"expiresInDays\":{{n:1}}}"),
          post("/api/v1/subjects/lookup", Body.JSON, "{\"type\":{{s:email}},\"value\":{{s:@C}}}"),
          get("/api/v1/subjects/{id}/records"),
          get("/api/v1/subjects/{id}/reads", "before", "limit"),
          post("/api/v1/records", Body.JSON, RECORD),
          get("/api/v1/records/{id}"),
          post(
              "/api/v1/records/{id}/informed",
              Body.JSON,
              "{\"informedAt\":{{d:2025-01-15T10:00:00Z}}}"),
          post("/api/v1/imports", Body.CSV, "", "activity", "source"),
          post("/api/v1/imports", Body.MULTIPART, "", "activity", "source"),
          get("/api/v1/decisions", "identifier", "purpose", "ground"),
          post(
              "/api/v1/decisions",
              Body.JSON,
              "[{\"identifier\":{{s:email:@C@example.invalid}},\"purpose\":{{s:newsletter}},"
                  + "\"ground\":{{s:legal-claims}}}]"),
          get("/api/v1/consents", "subject"),
          post("/api/v1/consents", Body.JSON, CONSENT),
          get("/api/v1/consents/{event}/receipt"),
          post("/api/v1/consents/receipt-keys", Body.NONE, "").ownVernOnly(),
          post(
              "/api/v1/audit/events",
              Body.JSON,
              "{\"actorType\":{{s:EXTERNAL}},\"actorId\":{{s:crm-@C}},\"resourceType\":"
                  + "{{s:customer}},\"resourceId\":{{s:@C}},\"outcome\":{{s:SUCCESS}},"
                  + "\"action\":{{n:1200}}}"),
          get("/api/v1/audit/verify"),
          get(
              "/api/v1/audit/entries",
              "from",
              "to",
              "action",
              "actorType",
              "actorId",
              "resourceType",
              "resourceId",
              "before",
              "limit"),
          get("/api/v1/newsletters/{list}/recipients", "after", "limit"),
          post(
                  "/api/v1/newsletters/{list}/mailings",
                  Body.JSON,
                  "{\"subject\":{\"nb\":{{s:@C}},\"en\":{{s:@C}}},\"text\":{\"nb\":{{s:@C}},"
                      + "\"en\":{{s:@C}}}}")
              .ownVernOnly(),
          // Retention (docs/retention.md)
          post("/api/v1/records/{id}/events", Body.JSON, TRIGGER),
          post("/api/v1/subjects/{id}/events", Body.JSON, TRIGGER),
          post(
              "/api/v1/retention/events",
              Body.JSON,
              "{\"events\":[{\"record\":{{s:00000000-0000-0000-0000-000000000000}},"
                  + "\"event\":{{s:case-closed}},\"date\":{{s:2025-01-15}}}]}"),
          post("/api/v1/retention/sweeps", Body.NONE, "").ownVernOnly(),
          get("/api/v1/retention/sweeps/{id}/certificate"),
          post("/api/v1/retention/impact", Body.JSON, "{\"version\":{{s:@C}}}").ownVernOnly(),
          get("/api/v1/retention/holds"),
          post(
              "/api/v1/retention/holds",
              Body.JSON,
              "{\"caseReference\":{{s:K-@C}},\"reason\":{{s:@C}},\"reviewAt\":{{s:2027-01-15}}}"),
          new Endpoint(
              "DELETE", "/api/v1/retention/holds/{id}", Body.NONE, List.of("reason"), "", true),
          get("/api/v1/retention/forecast", "days"),
          get("/api/v1/retention/waiting"),
          // Requests from data subjects (docs/dsr.md)
          post(
              "/api/v1/requests",
              Body.JSON,
              "{\"rights\":[{{s:access}}],\"identifiers\":{\"email\":{{s:@C@example.invalid}}},"
                  + "\"receivedAt\":{{s:2026-01-31}},\"channel\":{{s:letter}},"
                  + "\"description\":{{s:@C}},\"language\":{{s:en}}}"),
          get("/api/v1/requests", "right", "state", "assignee", "controller"),
          get("/api/v1/requests/{id}"),
          post("/api/v1/requests/{id}/extension", Body.JSON, "{\"reason\":{{s:@C}}}"),
          post(
              "/api/v1/requests/{id}/verification",
              Body.JSON,
              "{\"method\":{{s:phone-callback}},\"reason\":{{s:@C}}}"),
          post("/api/v1/requests/{id}/start", Body.NONE, ""),
          post("/api/v1/requests/{id}/fulfilment", Body.JSON, "{}"),
          post(
              "/api/v1/requests/{id}/denial",
              Body.JSON,
              "{\"ground\":{{s:manifestly-unfounded}},\"reason\":{{s:@C}}}"),
          post("/api/v1/requests/{id}/withdrawal", Body.NONE, ""),
          post("/api/v1/requests/{id}/assignment", Body.JSON, "{\"assignee\":{{s:@C}}}"),
          // Changes a request makes to the person's data (docs/dsr.md, issue 14 items 1-4)
          get("/api/v1/requests/{id}/erasure-proposal"),
          post(
              "/api/v1/requests/{id}/erasure",
              Body.JSON,
              "{\"decisions\":[{\"record\":{{s:@C}},\"decision\":{{s:keep}},\"reason\":{{s:@C}}}]}"),
          post(
              "/api/v1/requests/{id}/restrictions",
              Body.JSON,
              "{\"activity\":{{s:enquiries}},\"restricted\":true}"),
          post(
              "/api/v1/requests/{id}/objections",
              Body.JSON,
              "{\"activity\":{{s:enquiries}},\"outcome\":{{s:upheld}},\"grounds\":{{s:@C}}}"),
          post(
              "/api/v1/requests/{id}/rectifications",
              Body.JSON,
              "{\"identifiers\":{\"email\":{{s:@C@example.invalid}}},\"records\":[]}"),
          get("/api/v1/requests/{id}/changes"),
          post("/api/v1/requests/{id}/tasks/{taskId}/{action}", Body.JSON, "{\"note\":{{s:@C}}}"),
          post("/api/v1/tasks/{taskId}/callback", Body.JSON, "{\"status\":{{s:completed}}}"),
          get("/api/v1/access-packages/{subject}", "lang"),
          get("/api/v1/access-packages/{subject}/review"),
          post("/api/v1/access-packages/records/{record}/release", Body.NONE, ""),
          // The disclosure register (docs/disclosures.md)
          post("/api/v1/disclosures", Body.JSON, DISCLOSURE),
          post("/api/v1/disclosures/batch", Body.JSON, "{\"disclosures\":[" + DISCLOSURE + "]}"),
          get("/api/v1/subjects/{id}/disclosures", "audience", "lang"),
          // The breach register (docs/breaches.md)
          post("/api/v1/breaches", Body.JSON, BREACH),
          get("/api/v1/breaches"),
          get("/api/v1/breaches/{id}"),
          new Endpoint("PATCH", "/api/v1/breaches/{id}", Body.JSON, List.of(), BREACH, true),
          post(
              "/api/v1/breaches/{id}/notifications",
              Body.JSON,
              "{\"recipient\":{{s:datatilsynet}},\"notifiedAt\":{{d:2025-01-16T10:00:00Z}},"
                  + "\"channel\":{{s:altinn}},\"delayReasons\":{{s:@C}}}"),
          get("/api/v1/breaches/{id}/document"),
          get(
              "/api/v1/breaches/{id}/affected",
              "activity",
              "from",
              "to",
              "import",
              "recipient",
              "list"),
          post(
              "/api/v1/breaches/{id}/subject-notices",
              Body.JSON,
              "{\"activities\":[{{s:debt-collection}}],\"to\":{{d:2025-01-16T10:00:00Z}},"
                  + "\"texts\":{\"nb\":{\"whatHappened\":{{s:@C}},\"consequences\":{{s:@C}},"
                  + "\"measures\":{{s:@C}},\"advice\":{{s:@C}}}}}"),
          get("/api/v1/breaches/{id}/subject-notices"),
          // Cookies (docs/cookies.md, docs/cookie-scanner.md). A scan's body is left out: a
          // fuzzed address that happened to be valid would start Chromium against it.
          get("/api/v1/cookies/consents", "from", "to"),
          post("/api/v1/cookies/scans", Body.NONE, ""),
          get("/api/v1/cookies/scans"),
          get("/api/v1/cookies/scans/{id}"),
          get("/api/v1/no-such-thing"),
          get("/actuator/health"),
          get("/actuator/prometheus"),
          // Public
          get("/", "lang"),
          get("/privacy", "lang"),
          get("/privacy/versions", "lang"),
          get("/privacy/versions/{number}", "lang"),
          get("/privacy/diff", "from", "to", "lang"),
          get("/privacy.json"),
          get("/privacy/versions.json"),
          get("/privacy/versions/{number}.json"),
          get("/public/privacy-notice/status", "version"),
          get("/public/schemas/inventory-1.schema.json"),
          get("/.well-known/jwks.json"),
          get("/public/forms/embed.js"),
          get("/public/cookies/banner.js"),
          get("/public/cookies/config", "lang"),
          post(
              "/public/cookies/consents",
              Body.JSON,
              "{\"accepted\":[{{s:statistics}}],\"method\":{{s:choose}},\"gpc\":false,"
                  + "\"url\":{{s:https://www.example.invalid/}},\"language\":{{s:nb}}}"),
          get("/public/cookies/consents/{consentId}/receipt", "format"),
          get("/public/cookies/jwks.json"),
          get("/.well-known/gpc.json"),
          get("/public/forms/{formId}", "lang"),
          get("/public/forms/{formId}/page", "lang"),
          post(
              "/public/forms/{formId}",
              Body.JSON,
              "{\"lang\":{{s:en}},\"fields\":{\"name\":{{s:@C}},\"email\":{{s:@C@example.invalid}},"
                  + "\"topic\":{{s:other}},\"message\":{{s:@C}},\"birthDate\":{{s:2000-01-01}}}}"),
          post("/public/forms/{formId}", Body.FORM, "name,email,topic,message,lang,birthDate"),
          post("/public/forms/{formId}", Body.MULTIPART, "name,email,topic,message"),
          get("/u", "lang"),
          post("/u", Body.FORM, "email,lang"),
          post("/u/", Body.FORM, "email,lang"),
          get("/u/{token}", "lang"),
          post("/u/{token}", Body.FORM, "List-Unsubscribe,lang"),
          get("/u/p/{token}", "lang"),
          post("/u/p/{token}/withdraw/{purpose}", Body.FORM, "lang"),
          post("/u/p/{token}/give/{purpose}", Body.FORM, "lang"),
          post("/u/p/{token}/object-to-marketing", Body.FORM, "lang"),
          get("/u/p/{token}/receipts/{event}"),
          get("/u/confirm/{token}", "lang"),
          post("/u/confirm/{token}", Body.FORM, "lang"),
          get("/admin/login", "error", "lang"),
          post("/admin/login", Body.FORM, "username,password,_csrf").ownVernOnly(),
          get("/admin/subjects", "q"),
          get("/css/vern.css"),
          get("/error"),
          get("/error/problem"));
}
