package org.practiceassurance.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceassurance.security.PeopleDirectory;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.support.TestKeycloak;
import org.springframework.web.client.RestClient;

/**
 * The people directory against the real test Keycloak with 5,000 people: a second realm made from the
 * production realm export (so its service account has exactly the roles the export grants), leaving
 * the shared {@code practice-assurance} realm to the other tests. Requests are counted as they leave.
 */
class KeycloakPeopleDirectoryTest {

  static final String REALM = "pa-people-5000";
  static final String SECRET = "people-test-secret";
  static final int PEOPLE = 5_000;
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient ADMIN_HTTP = HttpClient.newHttpClient();

  final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  final List<ServerSocket> hungServers = new ArrayList<>();

  /**
   * One realm per test JVM: the export under another name, a client whose service account lacks
   * view-realm, and 5,000 people, created in one request (a partial import of 5,000 people in one
   * request outlasts Keycloak's 300 s transaction timeout; in the realm's own import they take seconds).
   */
  @BeforeAll
  static void realmWithFiveThousandPeople() throws Exception {
    String base = TestKeycloak.server().baseUrl();
    String admin = adminToken(base);
    admin("DELETE", base + "/admin/realms/" + REALM, admin, null);

    ObjectNode realm = (ObjectNode) JSON.readTree(Path.of("keycloak-realm", "practice-assurance-realm.json").toFile());
    realm.put("realm", REALM);
    ObjectNode client = (ObjectNode) realm.path("clients").get(0);
    client.put("secret", SECRET).put("baseUrl", "http://localhost/");
    client.putArray("redirectUris").add("http://localhost/*");
    realm.withArray("clients").addObject().put("clientId", "without-view-realm").put("secret", SECRET)
        .put("publicClient", false).put("serviceAccountsEnabled", true).put("standardFlowEnabled", false);
    ArrayNode users = realm.withArray("users");
    ObjectNode narrow = users.addObject().put("username", "service-account-without-view-realm")
        .put("enabled", true).put("serviceAccountClientId", "without-view-realm");
    narrow.putObject("clientRoles").putArray("realm-management").add("view-users").add("query-users");
    for (int i = 1; i <= PEOPLE; i++) {
      users.add(person(i));
    }
    users.addObject().put("username", "norole1").put("enabled", true).put("firstName", "Nora")
        .put("lastName", "Rolfe").put("email", "norole1@example.org");

    long started = System.nanoTime();
    expect(201, admin("POST", base + "/admin/realms", admin, realm));
    System.out.printf("Created realm %s with %,d people in %,d ms%n", REALM, PEOPLE + 1,
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Everyone is a social worker; every 10th also an auditor; p1000 and p2000 head service CF, p3000 to
   * p5000 head RA; p0007 and p2507 are disabled. Display names do not sort like usernames. Auditors and
   * heads of service carry service, team and locality (attributes make Keycloak's import six times slower).
   */
  static ObjectNode person(int i) {
    String username = username(i);
    ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", i != 7 && i != 2507)
        .put("firstName", firstName(i)).put("lastName", "Person " + i).put("email", username + "@example.org");
    ArrayNode roles = user.putArray("realmRoles").add(Roles.SOCIAL_WORKER);
    if (i % 10 == 0) {
      roles.add(Roles.AUDITOR);
      String service = i % 1000 == 0 ? (i <= 2000 ? "CF" : "RA") : (i % 20 == 0 ? "CF" : "RA");
      ObjectNode attributes = user.putObject("attributes");
      attributes.putArray("service").add(service);
      attributes.putArray("team").add(service + "-T-" + (i % 40));
      attributes.putArray("locality").add(i % 20 == 0 ? "Stroud" : "Gloucester");
    }
    if (i % 1000 == 0) {
      roles.add(Roles.HEAD_OF_SERVICE);
    }
    return user;
  }

  static String username(int i) {
    return String.format("p%04d", i);
  }

  static String firstName(int i) {
    return String.valueOf((char) ('Z' - i % 26)) + "ara";
  }

  @AfterEach
  void stopHungServers() throws IOException {
    for (ServerSocket server : hungServers) {
      server.close();
    }
  }

  /**
   * Against the real Keycloak with the default cache expiry; the timeouts are generous because the
   * test machine is shared (the hung-server tests below hold the timeouts to their word).
   */
  KeycloakPeopleDirectory directory(String clientId, Ticker ticker) {
    String realmUri = TestKeycloak.server().baseUrl() + "/realms/" + REALM;
    return directory(new OidcProperties(realmUri, realmUri, clientId, SECRET),
        new PeopleDirectoryProperties(null, Duration.ofSeconds(10), Duration.ofSeconds(60)), ticker);
  }

  KeycloakPeopleDirectory directory() {
    return directory("practice-assurance", Ticker.systemTicker());
  }

  /** Counts the real requests as the RestClient sends them. */
  KeycloakPeopleDirectory directory(OidcProperties oidc, PeopleDirectoryProperties settings, Ticker ticker) {
    RestClient.Builder http = RestClient.builder().requestInterceptor((request, body, execution) -> {
      requests.add(request.getMethod() + " " + request.getURI().getPath());
      return execution.execute(request, body);
    });
    return new KeycloakPeopleDirectory(oidc, settings, http, ticker);
  }

  long requestsTo(String pathPart) {
    return requests.stream().filter(r -> r.contains(pathPart)).count();
  }

  /** Requests for a role's members: full pages, then the short (perhaps empty) one that ends them. */
  static long pagesFor(int members) {
    return members / KeycloakPeopleDirectory.PAGE_SIZE + 1;
  }

  /** Searches for one person by username (the admin API's user list). */
  long personSearches() {
    return requests.stream().filter(r -> r.endsWith("/admin/realms/" + REALM + "/users")).count();
  }

  @Test
  void withRoleReturnsEveryOneOfFiveThousandHoldersInOneRequestPerPage() {
    KeycloakPeopleDirectory people = directory();

    long started = System.nanoTime();
    List<String> socialWorkers = people.withRole(Roles.SOCIAL_WORKER);
    long firstMs = (System.nanoTime() - started) / 1_000_000;
    int sent = requests.size();
    started = System.nanoTime();
    List<String> again = people.withRole(Roles.SOCIAL_WORKER);
    long againMicros = (System.nanoTime() - started) / 1_000;

    assertThat(socialWorkers).hasSize(PEOPLE - 2).doesNotHaveDuplicates()
        .contains(username(1), username(2500), username(PEOPLE)).doesNotContain(username(7), username(2507), "norole1");
    long pages = pagesFor(PEOPLE);
    assertThat(requestsTo("/roles/social-worker/users")).isEqualTo(pages);
    assertThat(requestsTo("/protocol/openid-connect/token")).isEqualTo(1);
    assertThat(sent).isEqualTo(pages + 1);
    assertThat(again).isEqualTo(socialWorkers);
    assertThat(requests).hasSize(sent);
    System.out.printf("withRole(social-worker) over %,d people: %,d holders, %d requests, %,d ms; cached: %,d µs%n",
        PEOPLE, socialWorkers.size(), sent, firstMs, againMicros);
  }

  @Test
  void concurrentCallersShareOneFetchOfARole() throws Exception {
    KeycloakPeopleDirectory people = directory();
    int callers = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return people.withRole(Roles.AUDITOR);
        }));
      }
      start.countDown();
      for (Future<List<String>> answer : answers) {
        assertThat(answer.get(60, TimeUnit.SECONDS)).hasSize(PEOPLE / 10).contains(username(10), username(PEOPLE));
      }
    } finally {
      pool.shutdownNow();
    }

    // The 500 auditors' pages, asked for once for all eight callers.
    assertThat(requestsTo("/roles/auditor/users")).isEqualTo(pagesFor(PEOPLE / 10));
    assertThat(requestsTo("/protocol/openid-connect/token")).isEqualTo(1);
  }

  @Test
  void aRoleIsAskedForAgainOnlyOnceTheCacheExpires() {
    AtomicLong nanos = new AtomicLong();
    KeycloakPeopleDirectory people = directory("practice-assurance", nanos::get);

    people.withRole(Roles.AUDITOR);
    nanos.addAndGet(Duration.ofMinutes(4).toNanos());
    people.withRole(Roles.AUDITOR);
    assertThat(requestsTo("/roles/auditor/users")).isEqualTo(pagesFor(PEOPLE / 10));

    nanos.addAndGet(Duration.ofMinutes(1).plusSeconds(1).toNanos());
    assertThat(people.withRole(Roles.AUDITOR)).hasSize(PEOPLE / 10);
    assertThat(requestsTo("/roles/auditor/users")).isEqualTo(2 * pagesFor(PEOPLE / 10));
  }

  @Test
  void headsOfServiceAreTheRoleHoldersOfThatService() {
    KeycloakPeopleDirectory people = directory();

    assertThat(people.headsOfService("CF")).containsExactly(username(1000), username(2000));
    assertThat(people.headsOfService("RA")).containsExactly(username(3000), username(4000), username(5000));
    assertThat(people.headsOfService("EH")).isEmpty();
    assertThat(requestsTo("/roles/head-of-service/users")).isEqualTo(1);
    assertThat(personSearches()).isZero();
  }

  /** One test, so that the 5,000 social workers are read once for both. */
  @Test
  void peopleWithRoleAndAPersonCarryTheirRolesAndScopeFromTheCachedRoleLists() {
    KeycloakPeopleDirectory people = directory();

    List<UserIdentity> auditors = people.peopleWithRole(Roles.AUDITOR);
    int afterFirst = requests.size();
    Optional<UserIdentity> p1000 = people.person("P1000");
    UserIdentity p10 = people.person(username(10)).orElseThrow();

    assertThat(auditors).hasSize(PEOPLE / 10);
    assertThat(auditors).extracting(UserIdentity::displayName).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    assertThat(auditors).allSatisfy(a -> assertThat(a.roles()).contains(Roles.AUDITOR, Roles.SOCIAL_WORKER));
    assertThat(auditors).filteredOn(a -> a.roles().contains(Roles.HEAD_OF_SERVICE)).extracting(UserIdentity::username)
        .containsExactlyInAnyOrder(username(1000), username(2000), username(3000), username(4000), username(5000));

    assertThat(p1000).hasValueSatisfying(p -> {
      assertThat(p.username()).isEqualTo("p1000");
      assertThat(p.displayName()).isEqualTo(firstName(1000) + " Person 1000");
      assertThat(p.email()).isEqualTo("p1000@example.org");
      assertThat(p.roles()).containsExactlyInAnyOrder(Roles.SOCIAL_WORKER, Roles.AUDITOR, Roles.HEAD_OF_SERVICE);
      assertThat(p.service()).contains("CF");
      assertThat(p.team()).contains("CF-T-0");
      assertThat(p.locality()).contains("Stroud");
    });
    assertThat(p10.roles()).containsExactlyInAnyOrder(Roles.SOCIAL_WORKER, Roles.AUDITOR);
    assertThat(p10.service()).contains("RA");
    assertThat(p10.team()).contains("RA-T-10");
    assertThat(people.person(username(1)).orElseThrow()).satisfies(p -> {
      assertThat(p.roles()).containsExactly(Roles.SOCIAL_WORKER);
      assertThat(p.service()).isEmpty();
      assertThat(p.team()).isEmpty();
    });
    // The token, then each app role's pages (5,000 social workers, 500 auditors, six roles of a few); none per person.
    assertThat(afterFirst).isEqualTo(1 + pagesFor(PEOPLE) + pagesFor(PEOPLE / 10) + 6);
    assertThat(requests).hasSize(afterFirst);
    assertThat(personSearches()).isZero();

    assertThat(people.person(username(7))).as("disabled").isEmpty();
    assertThat(people.person("nobody-here")).isEmpty();
    assertThat(people.person("norole1")).hasValueSatisfying(p -> {
      assertThat(p.roles()).isEmpty();
      assertThat(p.displayName()).isEqualTo("Nora Rolfe");
      assertThat(p.service()).isEmpty();
    });
    people.person("norole1");
    assertThat(personSearches()).as("one search per name outside every role, cached").isEqualTo(2);
  }

  @Test
  void emailsComeFromCachedRoleListsOrOneCachedSearch() {
    KeycloakPeopleDirectory people = directory();
    people.headsOfService("CF");
    int sent = requests.size();

    assertThat(people.emailOf(username(1000))).contains("p1000@example.org");
    assertThat(requests).hasSize(sent);
    assertThat(people.emailOf("norole1")).contains("norole1@example.org");
    assertThat(people.emailOf("norole1")).contains("norole1@example.org");
    assertThat(people.emailOf("nobody-here")).isEmpty();
    assertThat(requests).hasSize(sent + 2);
  }

  @Test
  void aServiceAccountWithoutViewRealmIsToldWhatItLacks() {
    PeopleDirectory people = directory("without-view-realm", Ticker.systemTicker());

    assertThatThrownBy(() -> people.withRole(Roles.AUDITOR)).isInstanceOf(PeopleDirectory.Unavailable.class)
        .hasMessageContaining("(403)").hasMessageContaining("view-realm");
  }

  @Test
  void aKeycloakThatHangsGivesAClearErrorWithinTheReadTimeout() throws Exception {
    ServerSocket hung = new ServerSocket(0);
    hungServers.add(hung);
    List<Socket> held = new ArrayList<>();
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          held.add(hung.accept());
        }
      } catch (IOException closed) {
        held.forEach(s -> {
          try {
            s.close();
          } catch (IOException ignored) {
            // closing anyway
          }
        });
      }
    }, "hung-keycloak");
    acceptor.setDaemon(true);
    acceptor.start();
    String realmUri = "http://127.0.0.1:" + hung.getLocalPort() + "/realms/" + REALM;
    PeopleDirectory people = directory(new OidcProperties(realmUri, realmUri, "practice-assurance", SECRET),
        new PeopleDirectoryProperties(null, Duration.ofSeconds(1), Duration.ofSeconds(1)), Ticker.systemTicker());

    long started = System.nanoTime();
    assertThatThrownBy(() -> people.withRole(Roles.AUDITOR)).isInstanceOf(PeopleDirectory.Unavailable.class)
        .hasMessageContaining("no answer within 1 s (pa.people.read-timeout)")
        .hasMessageContaining("127.0.0.1:" + hung.getLocalPort());
    long elapsedMs = (System.nanoTime() - started) / 1_000_000;

    assertThat(elapsedMs).isBetween(900L, 3_000L);
    assertThat(requests).hasSize(1);
  }

  @Test
  void aKeycloakThatIsDownIsReportedAsSuch() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String realmUri = "http://127.0.0.1:" + closedPort + "/realms/" + REALM;
    PeopleDirectory people = directory(new OidcProperties(realmUri, realmUri, "practice-assurance", SECRET),
        PeopleDirectoryProperties.defaults(), Ticker.systemTicker());

    assertThatThrownBy(() -> people.person("p0001")).isInstanceOf(PeopleDirectory.Unavailable.class)
        .hasMessageContaining("connection was refused");
  }

  static void expect(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  static String adminToken(String base) throws Exception {
    String form = "grant_type=password&client_id=admin-cli&username=admin&password="
        + URLEncoder.encode("admin", StandardCharsets.UTF_8);
    HttpResponse<String> response = ADMIN_HTTP.send(HttpRequest.newBuilder(
            URI.create(base + "/realms/master/protocol/openid-connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    expect(200, response);
    return JSON.readTree(response.body()).path("access_token").asText();
  }

  static HttpResponse<String> admin(String method, String url, String token, JsonNode body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .timeout(Duration.ofMinutes(5));
    if (body != null) {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return ADMIN_HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
