package org.practiceassurance.platform.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Keycloak server from the Maven-hosted distribution ({@code keycloak-quarkus-dist}),
 * started in dev mode on loopback with the {@code practice-assurance} realm imported. The dev
 * launcher and the tests both use it; the realm JSON is the production export plus the dev-only
 * additions (demo users, the CLI client) merged in before import.
 */
public final class KeycloakServer implements AutoCloseable {

  public static final String REALM = "practice-assurance";
  public static final String DEV_CLIENT_SECRET = "dev-secret";
  private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);

  private final Path home;
  private final Path realmDir;
  private final int port;
  private final Path dataDir;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;

  /**
   * @param home the unpacked distribution (contains {@code bin/kc.sh})
   * @param realmDir {@code keycloak-realm/}
   * @param dataDir where this server keeps its H2 store; null for Keycloak's default in {@code home}
   */
  public KeycloakServer(Path home, Path realmDir, int port, Path dataDir) {
    this.home = home.toAbsolutePath();
    this.realmDir = realmDir.toAbsolutePath();
    this.port = port;
    this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath();
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public String issuerUri() {
    return baseUrl() + "/realms/" + REALM;
  }

  /** Starts the server unless one already answers for the realm on this port. Does not wait. */
  public synchronized void start() {
    if (process != null || isReady()) {
      if (process == null) {
        log.info("Keycloak already answers at {}; using it", issuerUri());
      }
      return;
    }
    Path kc = home.resolve("bin").resolve(isWindows() ? "kc.bat" : "kc.sh");
    if (!Files.isRegularFile(kc)) {
      throw new IllegalStateException("No Keycloak distribution at " + home
          + ". Run ./mvnw generate-resources once: it fetches and unpacks keycloak-quarkus-dist.");
    }
    try {
      writeRealmImport();
      List<String> command = new ArrayList<>(List.of(kc.toString(), "start-dev",
          "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=" + baseUrl(),
          "--import-realm",
          // Keycloak 26 refuses a second login of the same user while one is in flight when brute-force
          // protection is on (it reports "user_temporarily_disabled"); tests and a developer's tabs do that.
          "--spi-brute-force-protector-default-brute-force-detector-allow-concurrent-requests=true"));
      if (dataDir != null) {
        Files.createDirectories(dataDir);
        command.add("--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
      }
      Path logFile = (dataDir != null ? dataDir : home).resolve("keycloak.log");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(logFile.toFile());
      Map<String, String> env = pb.environment();
      env.put("JAVA_HOME", System.getProperty("java.home"));
      env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
      env.put("PA_OIDC_CLIENT_SECRET", DEV_CLIENT_SECRET);
      env.put("PA_APP_URL", "http://localhost:8080");
      process = pb.start();
      log.info("Starting Keycloak {} on {} (log: {})", home.getFileName(), baseUrl(), logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start Keycloak from " + home, e);
    }
  }

  /** Blocks until the realm's discovery document answers, or fails with the log's location. */
  public void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (isReady()) {
        return;
      }
      if (process != null && !process.isAlive()) {
        throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
            + "; see keycloak.log in " + (dataDir != null ? dataDir : home));
      }
      try {
        TimeUnit.MILLISECONDS.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
      }
    }
    throw new IllegalStateException("Keycloak did not answer at " + issuerUri() + " within " + timeout);
  }

  public boolean isReady() {
    try {
      HttpRequest request = HttpRequest.newBuilder(
          URI.create(issuerUri() + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the server if this object started it (with the JVM that {@code kc.sh} launched). */
  @Override
  public synchronized void close() {
    if (process == null) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Writes the production realm merged with the dev-only additions into Keycloak's import folder. */
  private void writeRealmImport() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode realm = (ObjectNode) json.readTree(realmDir.resolve(REALM + "-realm.json").toFile());
    Path devFile = realmDir.resolve("dev").resolve(REALM + "-dev.json");
    if (Files.exists(devFile)) {
      mergeDevAdditions(realm, json.readTree(devFile.toFile()));
    }
    Path importDir = Files.createDirectories(home.resolve("data").resolve("import"));
    json.writerWithDefaultPrettyPrinter().writeValue(importDir.resolve(REALM + "-realm.json").toFile(), realm);
  }

  /** Users are appended; a dev client overrides the fields of the realm's client with its id. */
  static void mergeDevAdditions(ObjectNode realm, JsonNode dev) {
    ArrayNode users = realm.withArrayProperty("users");
    dev.path("users").forEach(users::add);
    ArrayNode clients = realm.withArrayProperty("clients");
    for (JsonNode devClient : dev.path("clients")) {
      ObjectNode existing = null;
      for (JsonNode client : clients) {
        if (client.path("clientId").equals(devClient.path("clientId"))) {
          existing = (ObjectNode) client;
        }
      }
      if (existing != null) {
        existing.setAll((ObjectNode) devClient);
      } else {
        clients.add(devClient);
      }
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").toLowerCase().startsWith("windows");
  }
}
