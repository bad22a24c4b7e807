package no.vern.system.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Vern keeps its data. With {@code url} blank Vern starts its embedded PostgreSQL under
 * {@code dataDir}; otherwise it connects to that server and starts nothing.
 */
@ConfigurationProperties("vern.db")
public record DatabaseSettings(
    String url, String user, String password, String dataDir, int poolSize) {

  public DatabaseSettings {
    dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
    poolSize = poolSize <= 0 ? 20 : poolSize;
  }

  boolean usesServer() {
    return url != null && !url.isBlank();
  }
}
