package org.practiceassurance.security.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals from the product's REST API as RFC 9457 problem details, never a stack trace. */
@RestControllerAdvice
class ApiProblems {

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail refused(AccessDeniedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
        e.getMessage() == null || e.getMessage().equals("Access Denied")
            ? "Your role does not allow this." : e.getMessage());
    problem.setTitle("Not allowed");
    return problem;
  }
}
