package org.practiceassurance.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that need the app on a real port and the real test Keycloak. One Spring context
 * serves all of them (same configuration, so the test framework's context cache shares it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class KeycloakBackedTest {

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void keycloak(DynamicPropertyRegistry registry) {
    TestKeycloak.register(registry);
  }

  protected String app() {
    return "http://localhost:" + port;
  }
}
