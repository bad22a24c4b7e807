package no.vern.system.db;

/** Holder that lets the pool bean depend on the embedded server, or on nothing. */
final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgresServer server;

  private EmbeddedDatabase(EmbeddedPostgresServer server) {
    this.server = server;
  }

  static EmbeddedDatabase of(EmbeddedPostgresServer server) {
    return new EmbeddedDatabase(server);
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null);
  }

  EmbeddedPostgresServer server() {
    return server;
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
