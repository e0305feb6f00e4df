package org.practiceassurance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A view without an access annotation would be closed to everyone by Vaadin; we want each rule written down. */
class EveryRouteDeclaresAccessTest {

  private static final List<Class<? extends Annotation>> ACCESS =
      List.of(PermitAll.class, RolesAllowed.class, AnonymousAllowed.class, DenyAll.class);

  @Test
  void everyRouteAndTheShellNameWhoMayOpenThem() {
    var routes = new Routes().autoDiscoverViews("org.practiceassurance").getRoutes();

    assertThat(routes).hasSizeGreaterThanOrEqualTo(3);
    assertThat(routes).allSatisfy(view -> assertThat(ACCESS).as(view.getName())
        .anyMatch(view::isAnnotationPresent));
    assertThat(ACCESS).anyMatch(MainLayout.class::isAnnotationPresent);
  }
}
