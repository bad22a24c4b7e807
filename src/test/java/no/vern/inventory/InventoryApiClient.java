package no.vern.inventory;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import no.vern.support.Http;

/** PUT and GET of the inventory as an integrator sends them. */
record InventoryApiClient(Http http) {

  HttpResponse<String> put(String document, String contentType) {
    return put(http.api("/api/v1/inventory"), document, contentType);
  }

  HttpResponse<String> put(HttpRequest.Builder request, String document, String contentType) {
    return http.send(
        request
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofString(document)));
  }

  HttpResponse<String> get(String path, String accept) {
    return http.send(http.api(path).header("Accept", accept).GET());
  }

  /** Other tests expect the example active: put it back (a new version, same content). */
  void restoreExample() {
    put(InventoryExamples.DEBT_COLLECTION, "application/yaml");
  }
}
