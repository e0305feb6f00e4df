package org.practiceassurance.security.internal;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Keycloak is ({@code pa.oidc.*}).
 *
 * @param issuerUri the realm's public issuer, e.g. http://localhost:8180/realms/practice-assurance;
 *     browsers are sent there and tokens must carry it as {@code iss}
 * @param backchannelUri the same realm as this server reaches it (differs inside a container network)
 */
@ConfigurationProperties("pa.oidc")
@Validated
public record OidcProperties(
    @NotBlank String issuerUri, @NotBlank String backchannelUri, @NotBlank String clientId,
    @NotBlank String clientSecret) {

  String endpoint(String base, String path) {
    return base.replaceAll("/+$", "") + "/protocol/openid-connect/" + path;
  }
}
