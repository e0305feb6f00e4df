package org.practiceassurance.casefile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import org.practiceassurance.casefile.CaseFileFilter;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.ImportReport;
import org.practiceassurance.casefile.LegalStatus;
import org.practiceassurance.casefile.RosterFileRejected;
import org.practiceassurance.casefile.RosterImport;
import org.practiceassurance.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The roster over REST, for the case management system's nightly export job:
 * {@code POST /api/roster?full=true|false} with the CSV as the body ({@code text/csv}) or as the
 * multipart field {@code file}; {@code GET /api/case-files} (a page) and
 * {@code GET /api/case-files/{childReference}} within the caller's organisational scope. Refusals are RFC 9457 problem details.
 */
@RestController
class CaseFileApi {

  static final URI ROSTER_REJECTED = URI.create("urn:practice-assurance:problem:roster-rejected");
  static final URI NOT_FOUND = URI.create("urn:practice-assurance:problem:case-file-not-found");

  private final RosterImport rosterImport;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;

  CaseFileApi(RosterImport rosterImport, CaseFiles caseFiles, CurrentUser currentUser) {
    this.rosterImport = rosterImport;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
  }

  @PostMapping(path = "/api/roster", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE})
  ImportReport importBody(InputStream body, @RequestParam(defaultValue = "false") boolean full) {
    return rosterImport.importCsv(body, full);
  }

  @PostMapping(path = "/api/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportReport importMultipart(@RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean full) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return rosterImport.importCsv(in, full);
    }
  }

  /**
   * {@code GET /api/case-files?page=0&size=50&sort=dateOpened,desc} with any of {@code search} (the
   * start of a reference or name), {@code team}, {@code legalStatus}, {@code worker}, {@code openedFrom},
   * {@code openedTo} (days, inclusive) and {@code includeClosed}: the files the caller may see.
   */
  @GetMapping(path = "/api/case-files")
  ResponseEntity<?> caseFiles(@RequestParam(required = false) String search,
      @RequestParam(required = false) String team, @RequestParam(required = false) LegalStatus legalStatus,
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate openedTo,
      @RequestParam(defaultValue = "false") boolean includeClosed, Pageable page) {
    try {
      return ResponseEntity.ok(caseFiles.visibleTo(currentUser.get(),
          new CaseFileFilter(search, team, legalStatus, worker, openedFrom, openedTo, includeClosed), page));
    } catch (IllegalArgumentException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
      problem.setTitle("Bad request");
      return ResponseEntity.of(problem).build();
    }
  }

  @GetMapping(path = "/api/case-files/{childReference}")
  ResponseEntity<?> caseFile(@PathVariable String childReference) {
    return caseFiles.findVisible(currentUser.get(), childReference).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.of(notFound(childReference)).build());
  }

  private static ProblemDetail notFound(String childReference) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "No case file " + childReference + " that you may see.");
    problem.setType(NOT_FOUND);
    problem.setTitle("Case file not found");
    return problem;
  }

  @ExceptionHandler(RosterFileRejected.class)
  ProblemDetail rejected(RosterFileRejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setType(ROSTER_REJECTED);
    problem.setTitle(e.title());
    if (!e.missingColumns().isEmpty()) {
      problem.setProperty("missingColumns", e.missingColumns());
    }
    return problem;
  }
}
