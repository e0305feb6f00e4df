package org.practiceassurance.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Keycloak's admin REST API, read-only, as the app's own client. A role's members come from one
 * paged request per role ({@code GET roles/{role}/users}, which needs realm-management's view-realm),
 * a person outside every app role from a username search (view-users, query-users). Both are cached
 * for {@code pa.people.cache-ttl}; one caller loads a missing entry while the others for it wait
 * (ADR 19).
 */
@Component
class KeycloakPeopleDirectory implements PeopleDirectory {

  /** Members asked for per request; a shorter page is the last one. */
  static final int PAGE_SIZE = 200;

  private static final Logger log = LoggerFactory.getLogger(KeycloakPeopleDirectory.class);
  private static final Comparator<UserIdentity> BY_DISPLAY_NAME = Comparator
      .comparing((UserIdentity p) -> p.displayName().toLowerCase(Locale.ROOT)).thenComparing(UserIdentity::username);

  private final OidcProperties oidc;
  private final PeopleDirectoryProperties settings;
  private final RestClient http;
  private final String adminBase;
  private final LoadingCache<String, RoleMembers> roleMembers;
  private final LoadingCache<String, Optional<Member>> byUsername;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  @Autowired
  KeycloakPeopleDirectory(OidcProperties oidc, PeopleDirectoryProperties settings, RestClient.Builder http) {
    this(oidc, settings, http, Ticker.systemTicker());
  }

  /** With the cache's clock given (tests move it on to expire entries). */
  KeycloakPeopleDirectory(OidcProperties oidc, PeopleDirectoryProperties settings, RestClient.Builder http,
      Ticker ticker) {
    this.oidc = oidc;
    this.settings = settings;
    this.http = http.requestFactory(requestFactory(settings)).build();
    this.adminBase = oidc.backchannelUri().replaceAll("/+$", "").replace("/realms/", "/admin/realms/");
    this.roleMembers = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.cacheTtl())
        .maximumSize(100).build(this::fetchMembers);
    this.byUsername = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(settings.cacheTtl())
        .maximumSize(10_000).build(this::fetchPerson);
  }

  /** The JDK's HttpURLConnection: its read timeout is the longest silence, however long the whole answer takes. */
  private static SimpleClientHttpRequestFactory requestFactory(PeopleDirectoryProperties settings) {
    SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
    factory.setConnectTimeout(settings.connectTimeout());
    factory.setReadTimeout(settings.readTimeout());
    return factory;
  }

  /** Looks in the role lists already cached, then asks for the one person. */
  @Override
  public Optional<String> emailOf(String username) {
    String key = normalised(username);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (String role : Roles.ALL) {
      RoleMembers cached = roleMembers.getIfPresent(role);
      if (cached != null && cached.byUsername().containsKey(key)) {
        return cached.byUsername().get(key).email();
      }
    }
    return byUsername.get(key).flatMap(Member::email);
  }

  @Override
  public List<String> headsOfService(String serviceCode) {
    return enabledMembers(Roles.HEAD_OF_SERVICE)
        .filter(m -> m.service().filter(s -> s.equals(serviceCode)).isPresent())
        .map(Member::username).sorted().toList();
  }

  @Override
  public List<String> withRole(String role) {
    return enabledMembers(role).map(Member::username).sorted().toList();
  }

  /** Roles from the cached member lists of every app role; a person in none of them is asked for by name. */
  @Override
  public Optional<UserIdentity> person(String username) {
    String key = normalised(username);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Set<String> roles = new LinkedHashSet<>();
    Member found = null;
    for (String role : Roles.ALL) {
      Member member = roleMembers.get(role).byUsername().get(key);
      if (member != null) {
        roles.add(role);
        found = member;
      }
    }
    Member person = found != null ? found : byUsername.get(key).orElse(null);
    return person == null || !person.enabled() ? Optional.empty() : Optional.of(person.identity(roles));
  }

  @Override
  public List<UserIdentity> peopleWithRole(String role) {
    Map<String, Set<String>> rolesByUsername = new HashMap<>();
    Stream.concat(Roles.ALL.stream(), Stream.of(role)).distinct().forEach(r -> roleMembers.get(r).members()
        .forEach(m -> rolesByUsername.computeIfAbsent(m.username(), u -> new LinkedHashSet<>()).add(r)));
    return enabledMembers(role).map(m -> m.identity(rolesByUsername.get(m.username()))).sorted(BY_DISPLAY_NAME)
        .toList();
  }

  private Stream<Member> enabledMembers(String role) {
    return roleMembers.get(role).members().stream().filter(Member::enabled);
  }

  private RoleMembers fetchMembers(String role) {
    long started = System.nanoTime();
    List<Member> members = new ArrayList<>();
    int requests = 0;
    for (int first = 0; ; first += PAGE_SIZE) {
      requests++;
      Optional<JsonNode> page = get("the members of role '" + role + "'",
          "/roles/{role}/users?briefRepresentation=false&first={first}&max={max}", role, first, PAGE_SIZE);
      if (page.isEmpty()) {
        log.warn("Keycloak has no realm role '{}'; nobody holds it", role);
        break;
      }
      page.get().forEach(user -> members.add(Member.of(user)));
      if (page.get().size() < PAGE_SIZE) {
        break;
      }
    }
    log.debug("Read {} members of role '{}' from Keycloak in {} requests, {} ms", members.size(), role, requests,
        (System.nanoTime() - started) / 1_000_000);
    return new RoleMembers(members);
  }

  private Optional<Member> fetchPerson(String username) {
    JsonNode users = get("the person '" + username + "'",
        "/users?exact=true&briefRepresentation=false&username={u}", username).orElse(null);
    for (JsonNode user : users == null ? List.<JsonNode>of() : users) {
      if (username.equalsIgnoreCase(user.path("username").asText())) {
        return Optional.of(Member.of(user));
      }
    }
    return Optional.empty();
  }

  /** A GET on the admin API; empty when Keycloak answers 404. A stale token is replaced once. */
  private Optional<JsonNode> get(String what, String path, Object... args) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.ofNullable(http.get().uri(adminBase + path, args).headers(h -> h.setBearerAuth(token()))
            .retrieve().body(JsonNode.class));
      } catch (HttpClientErrorException.NotFound e) {
        return Optional.empty();
      } catch (HttpClientErrorException.Unauthorized e) {
        if (attempt > 1) {
          throw unavailable(what, e);
        }
        forgetToken();
      } catch (RestClientException e) {
        throw unavailable(what, e);
      }
    }
  }

  private synchronized String token() {
    if (token == null || Instant.now().isAfter(tokenExpires)) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("grant_type", "client_credentials");
      form.add("client_id", oidc.clientId());
      form.add("client_secret", oidc.clientSecret());
      try {
        JsonNode response = http.post().uri(oidc.endpoint(oidc.backchannelUri(), "token"))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form)
            .retrieve().body(JsonNode.class);
        token = response.path("access_token").asText();
        tokenExpires = Instant.now().plusSeconds(Math.max(10, response.path("expires_in").asLong(60) - 10));
      } catch (RestClientException e) {
        throw unavailable("an access token for client '" + oidc.clientId() + "'", e);
      }
    }
    return token;
  }

  private synchronized void forgetToken() {
    token = null;
  }

  private Unavailable unavailable(String what, RestClientException e) {
    String asking = "The people directory could not get " + what + " from Keycloak at " + adminBase + ": ";
    if (e instanceof RestClientResponseException response) {
      String reason = switch (response.getStatusCode().value()) {
        case 401 -> "it refused the client credentials of '" + oidc.clientId()
            + "' (401); check pa.oidc.client-id and pa.oidc.client-secret";
        case 403 -> "it refused the service account of '" + oidc.clientId()
            + "' (403); the account needs realm-management's view-realm, view-users and query-users (ADR 19)";
        default -> "it answered " + response.getStatusCode().value();
      };
      return new Unavailable(asking + reason, e);
    }
    SocketTimeoutException timeout = cause(e, SocketTimeoutException.class);
    if (timeout != null) {
      boolean connecting = String.valueOf(timeout.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
      return new Unavailable(asking + (connecting
          ? "no connection within " + seconds(settings.connectTimeout()) + " (pa.people.connect-timeout)"
          : "no answer within " + seconds(settings.readTimeout()) + " (pa.people.read-timeout)"), e);
    }
    if (cause(e, ConnectException.class) != null) {
      return new Unavailable(asking + "the connection was refused (is Keycloak running?)", e);
    }
    return new Unavailable(asking + e.getMessage(), e);
  }

  /** A timeout can surface while the status is read or while the body is (then wrapped differently). */
  private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
  }

  private static String normalised(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** A role's members in Keycloak's order, and by (lower-case) username. */
  private record RoleMembers(List<Member> members, Map<String, Member> byUsername) {

    RoleMembers(List<Member> members) {
      this(List.copyOf(members), members.stream()
          .collect(Collectors.toMap(Member::username, m -> m, (a, b) -> a, LinkedHashMap::new)));
    }
  }

  /** What the directory keeps of a Keycloak user representation. */
  private record Member(String username, String displayName, Optional<String> email, boolean enabled,
      Optional<String> service, Optional<String> team, Optional<String> locality) {

    static Member of(JsonNode user) {
      String username = normalised(user.path("username").asText());
      String name = Stream.of(text(user.path("firstName")), text(user.path("lastName"))).flatMap(Optional::stream)
          .collect(Collectors.joining(" "));
      JsonNode attributes = user.path("attributes");
      return new Member(username, name.isEmpty() ? username : name, text(user.path("email")),
          user.path("enabled").asBoolean(true), attribute(attributes, "service"), attribute(attributes, "team"),
          attribute(attributes, "locality"));
    }

    UserIdentity identity(Set<String> roles) {
      return new UserIdentity(username, displayName, email.orElse(null), roles == null ? Set.of() : roles,
          service, team, locality);
    }

    private static Optional<String> attribute(JsonNode attributes, String name) {
      JsonNode value = attributes.path(name);
      return text(value.isArray() ? value.path(0) : value);
    }

    private static Optional<String> text(JsonNode value) {
      return value.isMissingNode() || value.isNull() ? Optional.empty()
          : Optional.of(value.asText().strip()).filter(s -> !s.isEmpty());
    }
  }
}
