package org.practiceassurance.security.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

/** Writes every interactive sign-in and every sign-out to the access log. */
@Component
class AccessLogRecorder {

  private final AccessLogRepository log;
  private final Clock clock;

  AccessLogRecorder(AccessLogRepository log) {
    this.log = log;
    this.clock = Clock.systemUTC();
  }

  @EventListener
  void onLogin(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken
        || event.getAuthentication() instanceof OAuth2AuthenticationToken) {
      String roles = String.join(",", KeycloakClaims.roleNames(event.getAuthentication().getAuthorities()));
      log.save(new AccessLogEntry(clock.instant(), event.getAuthentication().getName(), "LOGIN", "roles=" + roles));
    }
  }

  @EventListener
  void onLogout(LogoutSuccessEvent event) {
    log.save(new AccessLogEntry(clock.instant(), event.getAuthentication().getName(), "LOGOUT", null));
  }
}
