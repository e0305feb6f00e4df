package org.practiceassurance.surgery.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.ui.FormProblems;
import org.practiceassurance.workflow.TaskConflictException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A surgery form's {@link FormProblems}. Kept only for {@code SurgeriesView}, which is being
 * rewritten separately; delete this once that view builds its {@code FormProblems} itself.
 */
final class Problems {

  private final FormProblems problems;

  Problems(Map<String, ?> fields, Span message) {
    problems = new FormProblems(fields, message)
        .fieldErrors(InvalidSurgery.class, InvalidSurgery::errors)
        .refusals(AccessDeniedException.class, TaskConflictException.class, IllegalArgumentException.class);
  }

  boolean attempt(Runnable step, String done) {
    return problems.attempt(step, done);
  }
}
