package org.practiceassurance.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints one line with the URL and the demo logins once the app and its dev Keycloak are ready. */
@Component
class ReadyBanner {

  private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);
  private final ObjectProvider<KeycloakServer> devKeycloak;

  ReadyBanner(ObjectProvider<KeycloakServer> devKeycloak) {
    this.devKeycloak = devKeycloak;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    Optional<KeycloakServer> keycloak = Optional.ofNullable(devKeycloak.getIfAvailable());
    keycloak.ifPresent(kc -> kc.awaitReady(Duration.ofMinutes(5)));
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    Duration sinceJvmStart = Duration.between(
        Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()),
        Instant.now());
    log.info("Practice Assurance is ready at http://localhost:{} ({} s after start){}", port,
        sinceJvmStart.toMillis() / 1000.0,
        keycloak.map(kc -> " -- Keycloak " + kc.baseUrl() + "; demo logins auditor1, auditor2, moderator1, hos1,"
            + " hos2, tm1, sw1, sw2, qm1, director1, admin1 (password: demo)").orElse(""));
  }
}
