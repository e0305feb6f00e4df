package org.practiceassurance.dipsample.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.dipsample.DipSampleFilter;
import org.practiceassurance.dipsample.DipSampleStatus;
import org.practiceassurance.dipsample.InvalidDipSample;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list of dip samples as a database query (ADR 16): quality managers, directors and
 * administrators see every sample; everyone else the samples they lead or review a file in. The
 * filter, sort and page are in the same statement; rows carry only what the list shows (never the
 * design's pasted references or the findings).
 */
@Component
public class DipSampleListQuery {

  /** The columns the list sorts by, as screens and the REST API name them. */
  public static final List<String> SORTABLE = List.of("id", "title", "status", "lead", "runNumber", "dueDate",
      "launchedAt");
  /** Newest first. */
  static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "id");

  /** One sample as the list reads it. */
  public record Row(long id, String title, long questionSetId, int runNumber, DipSampleStatus status, String lead,
      LocalDate dueDate, Instant launchedAt, Long previousRunId) {}

  private final EntityManager entityManager;

  DipSampleListQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** @throws InvalidDipSample for a sort by a column the list does not offer */
  public List<Row> rows(UserIdentity viewer, DipSampleFilter filter, Pageable pageable) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Row> query = cb.createQuery(Row.class);
    Root<DipSample> s = query.from(DipSample.class);
    query.select(cb.construct(Row.class, s.get("id"), s.get("title"), s.get("questionSetId"), s.get("runNumber"),
            s.get("status"), s.get("lead"), s.get("dueDate"), s.get("launchedAt"), s.get("previousRunId")))
        .where(conditions(cb, query, s, viewer, filter))
        .orderBy(orders(cb, s, pageable.getSortOr(DEFAULT_SORT)));
    TypedQuery<Row> typed = entityManager.createQuery(query);
    if (pageable.isPaged()) {
      typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
    }
    return typed.getResultList();
  }

  public long count(UserIdentity viewer, DipSampleFilter filter) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<DipSample> s = query.from(DipSample.class);
    query.select(cb.count(s)).where(conditions(cb, query, s, viewer, filter));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Refuses a sort the list does not offer, before anything is read. */
  public static void checkSort(Sort sort) {
    for (Sort.Order order : sort) {
      if (!SORTABLE.contains(order.getProperty())) {
        throw new InvalidDipSample("sort", "Dip samples cannot be sorted by \"" + order.getProperty()
            + "\"; sort by one of " + String.join(", ", SORTABLE) + ".");
      }
    }
  }

  private static List<Order> orders(CriteriaBuilder cb, Root<DipSample> s, Sort sort) {
    checkSort(sort);
    List<Order> orders = new ArrayList<>();
    boolean byId = false;
    for (Sort.Order order : sort) {
      // Status in the order a sample lives through, not the alphabet's.
      Expression<?> column = order.getProperty().equals("status")
          ? cb.selectCase(s.get("status")).when(DipSampleStatus.DRAFT, 1).when(DipSampleStatus.REVIEWING, 2)
              .when(DipSampleStatus.FINDINGS, 3).otherwise(4)
          : s.get(order.getProperty());
      byId |= order.getProperty().equals("id");
      orders.add(order.isAscending() ? cb.asc(column) : cb.desc(column));
    }
    if (!byId) {
      orders.add(cb.desc(s.get("id")));
    }
    return orders;
  }

  private static Predicate[] conditions(CriteriaBuilder cb, CriteriaQuery<?> query, Root<DipSample> s,
      UserIdentity viewer, DipSampleFilter filter) {
    List<Predicate> where = new ArrayList<>();
    if (!VisibleScope.of(viewer).wholeCounty()) {
      Subquery<Long> reviewing = query.subquery(Long.class);
      Root<SampleFileEntity> f = reviewing.from(SampleFileEntity.class);
      reviewing.select(f.get("id")).where(cb.equal(f.get("sampleId"), s.get("id")),
          cb.equal(f.get("reviewer"), viewer.username()));
      where.add(cb.or(cb.equal(s.get("lead"), viewer.username()), cb.exists(reviewing)));
    }
    if (filter.title() != null) {
      where.add(cb.like(cb.lower(s.get("title")), "%" + literal(filter.title().toLowerCase(Locale.ROOT)) + "%", '\\'));
    }
    if (filter.themeCode() != null) {
      Subquery<Long> sets = query.subquery(Long.class);
      Root<DipQuestionSet> set = sets.from(DipQuestionSet.class);
      sets.select(set.get("id")).where(cb.equal(set.get("theme").get("code"), filter.themeCode().toUpperCase(Locale.ROOT)));
      where.add(s.get("questionSetId").in(sets));
    }
    if (filter.status() != null) {
      where.add(cb.equal(s.get("status"), filter.status()));
    }
    if (filter.lead() != null) {
      where.add(cb.equal(s.get("lead"), filter.lead().toLowerCase(Locale.ROOT)));
    }
    if (filter.childReference() != null) {
      Subquery<Long> drew = query.subquery(Long.class);
      Root<SampleFileEntity> f = drew.from(SampleFileEntity.class);
      drew.select(f.get("id")).where(cb.equal(f.get("sampleId"), s.get("id")),
          cb.like(cb.upper(f.get("childReference")), literal(filter.childReference().toUpperCase(Locale.ROOT)) + "%", '\\'));
      where.add(cb.exists(drew));
    }
    if (filter.dueFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(s.get("dueDate"), filter.dueFrom()));
    }
    if (filter.dueTo() != null) {
      where.add(cb.lessThanOrEqualTo(s.get("dueDate"), filter.dueTo()));
    }
    return where.toArray(Predicate[]::new);
  }

  /** Text for a LIKE pattern with its own wildcards taken literally. */
  private static String literal(String text) {
    return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
