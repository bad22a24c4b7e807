package no.vern.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class VernSettingsTests {

  private static VernSettings bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("vern", VernSettings.class);
  }

  @Test
  void withNothingSetVernIsReachedAtTheReadmesAddressOnItsEmbeddedDatabase() {
    VernSettings vern = bind(Map.of());
    assertThat(vern.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(vern.keys().dir().normalize()).isEqualTo(Path.of("data/keys"));
    assertThat(vern.http().maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(vern.publicZone().requestsPerMinute()).isEqualTo(120);
    assertThat(vern.db().embedded()).isTrue();
    assertThat(vern.db().poolSize()).isEqualTo(20);
  }

  @Test
  void theDocumentedPropertyNamesAreTheOnesRead() {
    VernSettings vern =
        bind(
            Map.of(
                "vern.base-url", "https://privacy.example.invalid/",
                "vern.keys.dir", "/srv/vern-keys",
                "vern.http.max-body-size", "2MB",
                "vern.public.requests-per-minute", "5",
                "vern.db.url", "jdbc:postgresql://db.example.invalid/vern",
                "vern.db.password", "not-a-real-password"));
    assertThat(vern.baseUrl()).isEqualTo("https://privacy.example.invalid");
    assertThat(vern.keys().dir()).isEqualTo(Path.of("/srv/vern-keys"));
    assertThat(vern.http().maxBodySize()).isEqualTo(DataSize.ofMegabytes(2));
    assertThat(vern.publicZone().requestsPerMinute()).isEqualTo(5);
    assertThat(vern.db().embedded()).isFalse();
    assertThat(vern.toString()).doesNotContain("not-a-real-password");
  }
}
