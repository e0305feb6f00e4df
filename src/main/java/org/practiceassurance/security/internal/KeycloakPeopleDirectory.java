package org.practiceassurance.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Keycloak's admin REST API, read-only, as the app's own client (its service account holds only
 * realm-management's view-users and query-users roles).
 */
@Component
class KeycloakPeopleDirectory implements PeopleDirectory {

  private final OidcProperties oidc;
  private final RestClient http;
  private final String adminBase;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  KeycloakPeopleDirectory(OidcProperties oidc, RestClient.Builder http) {
    this.oidc = oidc;
    this.http = http.build();
    this.adminBase = oidc.backchannelUri().replaceAll("/+$", "").replace("/realms/", "/admin/realms/");
  }

  @Override
  public Optional<String> emailOf(String username) {
    JsonNode users = get("/users?exact=true&briefRepresentation=true&username={u}", username);
    for (JsonNode user : users) {
      if (username.equalsIgnoreCase(user.path("username").asText()) && user.hasNonNull("email")) {
        return Optional.of(user.get("email").asText());
      }
    }
    return Optional.empty();
  }

  /** People of the service (attribute search), then those holding the role (view-users suffices for both). */
  @Override
  public List<String> headsOfService(String serviceCode) {
    List<String> heads = new ArrayList<>();
    for (JsonNode user : get("/users?q={q}&first=0&max=1000&briefRepresentation=true", "service:" + serviceCode)) {
      for (JsonNode role : get("/users/{id}/role-mappings/realm/composite", user.path("id").asText())) {
        if (Roles.HEAD_OF_SERVICE.equals(role.path("name").asText())) {
          heads.add(user.path("username").asText());
        }
      }
    }
    return heads;
  }

  private JsonNode get(String path, Object... args) {
    return http.get().uri(adminBase + path, args).headers(h -> h.setBearerAuth(token()))
        .retrieve().body(JsonNode.class);
  }

  private synchronized String token() {
    if (token == null || Instant.now().isAfter(tokenExpires)) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("grant_type", "client_credentials");
      form.add("client_id", oidc.clientId());
      form.add("client_secret", oidc.clientSecret());
      JsonNode response = http.post().uri(oidc.endpoint(oidc.backchannelUri(), "token"))
          .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
          .retrieve().body(JsonNode.class);
      token = response.path("access_token").asText();
      tokenExpires = Instant.now().plus(Duration.ofSeconds(Math.max(10, response.path("expires_in").asLong(60) - 10)));
    }
    return token;
  }
}
