package org.practiceassurance.security.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.practiceassurance.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains: Camunda's REST API takes only Keycloak bearer tokens with the admin role;
 * the product's REST API ({@code /api}) takes bearer tokens and leaves role checks to its services;
 * Camunda's Cockpit/Admin webapp takes only signed-in admins; everything else is the Vaadin app,
 * signed in through Keycloak (authorization code with PKCE) and signed out of Keycloak too.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

  static final String REGISTRATION_ID = "keycloak";
  private static final VaadinAwareSecurityContextHolderStrategy CONTEXT_STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

  /**
   * Where the signed-in person is kept: Vaadin's strategy (the UI session, else the request thread).
   * One instance per JVM, so that every application context in it (tests run several) reads and
   * writes the same place; method security picks this bean up.
   */
  @Bean(name = "VaadinSecurityContextHolderStrategy")
  static VaadinAwareSecurityContextHolderStrategy securityContextHolderStrategy() {
    SecurityContextHolder.setContextHolderStrategy(CONTEXT_STRATEGY);
    return CONTEXT_STRATEGY;
  }
  static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

  /**
   * Explicit endpoints rather than issuer discovery: the app starts without Keycloak being up (the
   * dev launcher boots both at once) and the issuer is still checked on every token.
   */
  @Bean
  ClientRegistrationRepository clientRegistrationRepository(OidcProperties oidc) {
    ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
        .clientName("Keycloak")
        .clientId(oidc.clientId())
        .clientSecret(oidc.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .issuerUri(oidc.issuerUri())
        .authorizationUri(oidc.endpoint(oidc.issuerUri(), "auth"))
        .tokenUri(oidc.endpoint(oidc.backchannelUri(), "token"))
        .jwkSetUri(oidc.endpoint(oidc.backchannelUri(), "certs"))
        .userInfoUri(oidc.endpoint(oidc.backchannelUri(), "userinfo"))
        .userNameAttributeName("preferred_username")
        .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endpoint(oidc.issuerUri(), "logout")))
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
        .build();
    return new InMemoryClientRegistrationRepository(keycloak);
  }

  /** Realm roles from the ID token become {@code ROLE_<role>} authorities of the signed-in person. */
  @Bean
  GrantedAuthoritiesMapper keycloakRolesMapper() {
    return (Collection<? extends GrantedAuthority> authorities) -> {
      List<GrantedAuthority> mapped = new ArrayList<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority oidc) {
          mapped.addAll(KeycloakClaims.authorities(oidc.getIdToken().getClaims()));
        }
      }
      return mapped;
    };
  }

  @Bean
  JwtDecoder jwtDecoder(OidcProperties oidc) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint(oidc.backchannelUri(), "certs")).build();
    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(oidc.issuerUri()));
    return decoder;
  }

  /** Servlet-agnostic paths: Camunda's REST API and webapp are not served by Spring MVC. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  /** Bearer tokens: realm roles as authorities, the username as the principal's name. */
  private static JwtAuthenticationConverter keycloakTokens() {
    JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
    tokens.setJwtGrantedAuthoritiesConverter(jwt -> List.copyOf(KeycloakClaims.authorities(jwt.getClaims())));
    tokens.setPrincipalClaimName("preferred_username");
    return tokens;
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter tokens = keycloakTokens();
    return http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  /**
   * The product's own REST API ({@code /api/**}): bearer tokens only, no session, no CSRF. Which
   * role may call what is decided by each service ({@code @Secured}) and answered as problem
   * details (RFC 9457).
   */
  @Bean
  @Order(2)
  SecurityFilterChain productApiChain(HttpSecurity http) throws Exception {
    JwtAuthenticationConverter tokens = keycloakTokens();
    return http.securityMatcher(path("/api/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain camundaWebappChain(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
        .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
        // The Camunda webapp runs its own CSRF protection on its API.
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(4)
  SecurityFilterChain appChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.requestMatchers(path("/actuator/health/**")).permitAll());
    return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}"))
        .build();
  }
}
