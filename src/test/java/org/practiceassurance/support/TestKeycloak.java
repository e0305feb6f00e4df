package org.practiceassurance.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassurance.platform.internal.KeycloakServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real Keycloak per test JVM, from the same distribution and realm export as the dev default,
 * on a free port with its own throw-away store.
 */
public final class TestKeycloak {

  private static KeycloakServer server;

  private TestKeycloak() {}

  public static synchronized KeycloakServer server() {
    if (server == null) {
      try {
        Path data = Files.createTempDirectory("pa-keycloak-test");
        KeycloakServer kc = new KeycloakServer(Path.of(".dev", "keycloak-26.4.7"), Path.of("keycloak-realm"), freePort(), data);
        kc.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kc::close, "test-keycloak-stop"));
        kc.awaitReady(Duration.ofMinutes(4));
        server = kc;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** Points the app's OIDC settings at the test Keycloak. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("pa.oidc.issuer-uri", () -> server().issuerUri());
  }

  /** A real access token for a demo user, through the dev-only CLI client (password grant). */
  public static String accessToken(String username) {
    String form = "grant_type=password&client_id=practice-assurance-cli&username="
        + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
    HttpRequest request = HttpRequest.newBuilder(URI.create(server().issuerUri() + "/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("No token for " + username + ": " + response.statusCode() + " " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
