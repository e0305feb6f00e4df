package org.practiceassurance.platform;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded defaults started by the app itself ({@code pa.dev-services.*}). The {@code prod}
 * profile switches all of them off and reads every endpoint from the environment.
 *
 * @param enabled whether any dev service starts
 * @param reset wipe the dev database and Keycloak data before starting (a fresh county)
 * @param dir where dev data lives (PostgreSQL data directory, Keycloak server and its data)
 */
@ConfigurationProperties("pa.dev-services")
public record DevServicesProperties(
    boolean enabled, boolean reset, Path dir, Postgres postgres, Keycloak keycloak, Mail mail) {

  /** @param dataDir empty for a throw-away database (tests) */
  public record Postgres(boolean enabled, int port, Path dataDir) {

    /** The data directory that survives restarts, if one is configured. */
    public Optional<Path> persistentDataDir() {
      return Optional.ofNullable(dataDir).filter(dir -> !dir.toString().isBlank());
    }
  }

  /**
   * @param home the unpacked Keycloak distribution ({@code ./mvnw} unpacks it into .dev/)
   * @param realmDir the realm export to import ({@code keycloak-realm/})
   */
  public record Keycloak(boolean enabled, int port, Path home, Path realmDir) {}

  public record Mail(boolean enabled, int port) {}
}
