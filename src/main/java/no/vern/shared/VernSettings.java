package no.vern.shared;

import java.nio.file.Path;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The settings of the installation as a whole, which several modules read: where people reach Vern,
 * where its keys and database are, and the limits of its HTTP zones (README, configuration table).
 * Each module's own settings live in its {@code vern.<module>} record; this one owns the rest, so
 * that a setting read in many places has one default.
 *
 * @param baseUrl the address people and mail links use; kept without a trailing slash, so that
 *     {@code baseUrl + "/path"} is always one slash
 * @param publicZone the public pages ({@code vern.public.*})
 * @param timeZone the one zone the admin pages show times in ({@code VERN_TIME_ZONE}); deadlines
 *     keep Norway's zone whatever this says
 */
@ConfigurationProperties("vern")
public record VernSettings(
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue Keys keys,
    @DefaultValue Http http,
    @DefaultValue @Name("public") PublicZone publicZone,
    @DefaultValue Db db,
    @DefaultValue("Europe/Oslo") ZoneId timeZone) {

  public VernSettings {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /**
   * @param dir key files kept outside the database, one directory per module; without them no
   *     identifier can be decrypted, so it is backed up apart from the database
   */
  public record Keys(@DefaultValue("./data/keys") Path dir) {}

  /**
   * @param maxBodySize the largest JSON or form body accepted (413 above)
   */
  public record Http(@DefaultValue("1MB") DataSize maxBodySize) {}

  /**
   * @param requestsPerMinute per client address, on every public page
   */
  public record PublicZone(@DefaultValue("120") int requestsPerMinute) {}

  /**
   * With {@code url} blank Vern starts its embedded PostgreSQL under {@code dataDir}; otherwise it
   * connects to that server and starts nothing.
   */
  public record Db(
      String url,
      @DefaultValue("vern") String user,
      String password,
      @DefaultValue("./data") String dataDir,
      @DefaultValue("20") int poolSize,
      @DefaultValue Read read) {

    public Db {
      dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
      poolSize = poolSize <= 0 ? 20 : poolSize;
    }

    /** True when Vern runs its own PostgreSQL rather than a configured server. */
    public boolean embedded() {
      return url == null || url.isBlank();
    }

    @Override
    public String toString() {
      return "Db[url=" + url + ", user=" + user + ", dataDir=" + dataDir + ", read=" + read + "]";
    }
  }

  /**
   * A streaming replica (hot standby) for the reads that tolerate lag (docs/architecture.md, "Read
   * replica"). With {@code url} blank every read goes to the primary.
   *
   * @param maxLag beyond this the replica is bypassed until it has caught up
   * @param poolSize connections to the replica
   */
  public record Read(
      String url,
      String user,
      String password,
      @DefaultValue("5s") java.time.Duration maxLag,
      @DefaultValue("10") int poolSize) {

    public Read {
      maxLag = maxLag == null || maxLag.isNegative() ? java.time.Duration.ofSeconds(5) : maxLag;
      poolSize = poolSize <= 0 ? 10 : poolSize;
    }

    public boolean configured() {
      return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
      return "Read[url=" + url + ", user=" + user + ", maxLag=" + maxLag + "]";
    }
  }
}
