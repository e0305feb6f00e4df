package org.practiceassurance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in person sees for a page that does not exist or that their role does not open
 * (Vaadin turns a refused navigation into "not found", so as not to tell which pages exist): the
 * same plain page in development and production, inside the app's shell, with a way back to My
 * tasks. Replaces Vaadin's own page, which lists every route in development and is bare in
 * production. Someone not signed in is sent to sign in first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class PageNotAvailableView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  public PageNotAvailableView() {
    setId("page-not-available");
    H2 heading = new H2("This page is not available to you");
    Paragraph why = new Paragraph("The page does not exist, or your role does not open it. If you followed a link, "
        + "the work it pointed to may have moved on or be someone else's.");
    Anchor myTasks = new Anchor("", "Go to My tasks");
    myTasks.setId("go-to-my-tasks");
    add(heading, why, myTasks);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    return HttpStatusCode.NOT_FOUND.getCode();
  }

  @Override
  public String getPageTitle() {
    return "Page not available | Practice Assurance";
  }
}
