package org.practiceassurance.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu-Testing on the real Spring context: the mock requests carry the signed-in person (as
 * Spring Security's request wrapper does on a real request), so Vaadin's view access control runs
 * exactly as in production.
 */
public final class BrowserlessUi {

  private static final Routes ROUTES = new Routes().autoDiscoverViews("org.practiceassurance");

  private BrowserlessUi() {}

  /** Opens a UI for whoever {@link TestUsers} signed in (nobody, if no one was). */
  public static void open(ApplicationContext context) {
    MockVaadin.setMockRequestFactory(session -> {
      FakeRequest request = new FakeRequest(session);
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth != null) {
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
            auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
      }
      return request;
    });
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
  }

  public static void close() {
    MockVaadin.tearDown();
    TestUsers.signOut();
  }
}
