package org.practiceassurance.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.UserIdentity;

/**
 * The shell around every view: the product name, a navigation list of the views this person may
 * open (each view declares its own {@code @Menu}), who is signed in, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  private final List<NavigationBadge> badges;
  private final Map<String, Span> badgeSpans = new HashMap<>();

  public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, List<NavigationBadge> badges) {
    this.badges = badges;
    // An English local authority: dates read 23/12/2026, whatever the browser's language.
    com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.UK);
    H1 title = new H1("Practice Assurance");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    UserIdentity me = currentUser.get();
    Span who = new Span(me.displayName() + " (" + me.roles().stream().sorted().collect(Collectors.joining(", ")) + ")");
    who.setId("signed-in-user");
    Button signOut = new Button("Sign out", e -> authentication.logout());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
    header.setWidthFull();
    header.setAlignItems(FlexComponent.Alignment.CENTER);
    header.expand(title);
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(header);

    SideNav nav = new SideNav();
    MenuConfiguration.getMenuEntries().forEach(entry -> {
      SideNavItem item = new SideNavItem(entry.title(), entry.path());
      if (entry.icon() != null) {
        item.setPrefixComponent(new Icon(entry.icon()));
      }
      String path = entry.path().replaceAll("^/+", "");
      if (badges.stream().anyMatch(b -> b.path().equals(path))) {
        Span badge = new Span();
        badge.setId("nav-badge-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
        badge.setVisible(false);
        item.setSuffixComponent(badge);
        badgeSpans.put(path, badge);
      }
      nav.addItem(item);
    });
    addToDrawer(nav);
  }

  /** Counts beside navigation entries are worked out again on every navigation (one small query each). */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    refreshBadges();
  }

  /** Views that change what a badge counts (e.g. My tasks after a claim) ask for it to be worked out again. */
  public static void refreshBadges(com.vaadin.flow.component.UI ui) {
    ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance)
        .map(MainLayout.class::cast).findFirst().ifPresent(MainLayout::refreshBadges);
  }

  private void refreshBadges() {
    for (NavigationBadge source : badges) {
      Span span = badgeSpans.get(source.path());
      if (span == null) {
        continue;
      }
      Optional<NavigationBadge.Badge> badge = source.current();
      span.setVisible(badge.isPresent());
      badge.ifPresent(b -> {
        span.setText(b.text());
        span.getElement().setAttribute("aria-label", b.spokenText());
        span.getElement().getThemeList().clear();
        span.getElement().getThemeList().add(b.alarming() ? "badge error pill small" : "badge pill small");
      });
    }
  }
}
