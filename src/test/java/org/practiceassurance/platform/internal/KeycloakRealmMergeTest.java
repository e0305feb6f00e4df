package org.practiceassurance.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class KeycloakRealmMergeTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void devUsersAreAddedAndDevClientFieldsOverrideTheProductionClient() throws Exception {
    ObjectNode realm = (ObjectNode) json.readTree("""
        {"realm":"practice-assurance","clients":[{"clientId":"practice-assurance","secret":"${PA_OIDC_CLIENT_SECRET}","publicClient":false}]}""");
    var dev = json.readTree("""
        {"users":[{"username":"auditor1"}],
         "clients":[{"clientId":"practice-assurance","secret":"dev-secret"},{"clientId":"practice-assurance-cli","publicClient":true}]}""");

    KeycloakServer.mergeDevAdditions(realm, dev);

    assertThat(realm.path("users")).hasSize(1);
    assertThat(realm.path("clients")).hasSize(2);
    assertThat(realm.path("clients").get(0).path("secret").asText()).isEqualTo("dev-secret");
    assertThat(realm.path("clients").get(0).path("publicClient").asBoolean()).isFalse();
    assertThat(realm.path("clients").get(1).path("clientId").asText()).isEqualTo("practice-assurance-cli");
  }
}
