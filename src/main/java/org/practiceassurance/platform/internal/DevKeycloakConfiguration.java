package org.practiceassurance.platform.internal;

import org.practiceassurance.platform.DevServicesProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the dev Keycloak as early as the context allows, so that it boots while the app does; the
 * OAuth2 client is configured with explicit endpoints and never needs Keycloak during start-up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"pa.dev-services.enabled", "pa.dev-services.keycloak.enabled"}, havingValue = "true")
class DevKeycloakConfiguration {

  @Bean(destroyMethod = "close")
  KeycloakServer devKeycloakServer(DevServicesProperties devServices) {
    DevServicesProperties.Keycloak settings = devServices.keycloak();
    if (devServices.reset()) {
      DevFiles.deleteRecursively(settings.home().resolve("data").resolve("h2"));
    }
    KeycloakServer server = new KeycloakServer(settings.home(), settings.realmDir(), settings.port(), null);
    server.start();
    return server;
  }
}
