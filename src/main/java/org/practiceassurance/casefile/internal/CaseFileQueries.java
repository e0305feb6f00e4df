package org.practiceassurance.casefile.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.casefile.CaseFileFilter;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.jpa.domain.Specification;

/** The case-file list's conditions in SQL: the viewer's scope (ADR 16), then the filter. */
public final class CaseFileQueries {

  private CaseFileQueries() {}

  public static Specification<CaseFileEntity> visible(VisibleScope scope, CaseFileFilter filter) {
    return (file, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!scope.wholeCounty()) {
        where.add(cb.or(file.get("serviceCode").in(scope.servicesForQuery()),
            file.get("teamCode").in(scope.teamsForQuery())));
      }
      if (filter.search() != null) {
        String start = escapeLike(filter.search()) + "%";
        where.add(cb.or(cb.like(file.<String>get("childReference"), start.toUpperCase(Locale.ROOT), '\\'),
            cb.like(cb.lower(file.<String>get("displayName")), start.toLowerCase(Locale.ROOT), '\\')));
      }
      if (filter.teamCode() != null) {
        where.add(cb.equal(file.get("teamCode"), filter.teamCode()));
      }
      if (filter.legalStatus() != null) {
        where.add(cb.equal(file.get("legalStatus"), filter.legalStatus()));
      }
      if (filter.allocatedWorker() != null) {
        where.add(cb.equal(cb.lower(file.<String>get("allocatedWorker")), filter.allocatedWorker()));
      }
      if (filter.openedFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(file.<java.time.LocalDate>get("dateOpened"), filter.openedFrom()));
      }
      if (filter.openedTo() != null) {
        where.add(cb.lessThanOrEqualTo(file.<java.time.LocalDate>get("dateOpened"), filter.openedTo()));
      }
      if (!filter.includeClosed()) {
        where.add(cb.isTrue(file.<Boolean>get("open")));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** What someone types is matched as it is: {@code %} and {@code _} are not wildcards. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
