package org.practiceassurance.security.internal;

import org.practiceassurance.security.Failures;
import org.practiceassurance.security.PeopleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals from the product's REST API as RFC 9457 problem details, never a stack trace: a role or
 * scope that does not allow the call (403), Keycloak not answering a look-up of people (503), and the
 * database's own refusals (409) that no module
 * turned into its own bad-input problem first. A module that expects a particular constraint to
 * refuse (a duplicate it can name) says so in its service, with its own {@code Invalid*} exception.
 */
@RestControllerAdvice
class ApiProblems {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail refused(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        e.getMessage() == null || e.getMessage().equals("Access Denied")
            ? "Your role does not allow this." : e.getMessage());
    problem.setTitle("Not allowed");
    return problem;
  }

  /** The database refused a write (a duplicate, a missing related record, ...): what, in plain words, and a reference. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
    String reference = Failures.reference();
    log.warn("The database refused a REST call (reference {})", reference, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        Failures.databaseRefusal(e).orElseThrow());
    problem.setTitle("Not saved");
    problem.setProperty("reference", reference);
    return problem;
  }

  /** Keycloak did not answer a look-up of people (a hand-over, a picker): try again shortly (503). */
  @ExceptionHandler(PeopleDirectory.Unavailable.class)
  ProblemDetail peopleUnavailable(PeopleDirectory.Unavailable e) {
    String reference = Failures.reference();
    log.warn("The people directory could not be asked during a REST call (reference {})", reference, e);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The list of people cannot be read just now. Nothing was changed; try again in a minute.");
    problem.setTitle("People directory unavailable");
    problem.setProperty("reference", reference);
    return problem;
  }
}
