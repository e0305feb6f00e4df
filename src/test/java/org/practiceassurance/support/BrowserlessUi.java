package org.practiceassurance.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteAccessDeniedError;
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
  /**
   * The error views as deployed: Vaadin's own handler of a refused navigation (which turns it into
   * "not found") rather than Karibu's, which throws {@link com.github.mvysny.kaributesting.v10.MockAccessDeniedException}
   * so that a test can assert a refusal directly.
   */
  private static final class AsDeployed {
    static final Routes ROUTES = new Routes().autoDiscoverViews("org.practiceassurance");

    static {
      ROUTES.getErrorRoutes().remove(MockRouteAccessDeniedError.class);
      ROUTES.getErrorRoutes().add(RouteAccessDeniedError.class);
    }
  }

  private BrowserlessUi() {}

  /** Opens a UI for whoever {@link TestUsers} signed in (nobody, if no one was). */
  public static void open(ApplicationContext context) {
    open(context, ROUTES);
  }

  /** {@link #open}, with the app's error views exactly as deployed: a refused page shows what the person would see. */
  public static void openAsDeployed(ApplicationContext context) {
    open(context, AsDeployed.ROUTES);
  }

  private static void open(ApplicationContext context, Routes routes) {
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
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
  }

  public static void close() {
    MockVaadin.tearDown();
    TestUsers.signOut();
  }
}
