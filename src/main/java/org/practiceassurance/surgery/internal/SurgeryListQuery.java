package org.practiceassurance.surgery.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.practiceassurance.surgery.InvalidSurgery;
import org.practiceassurance.surgery.SurgeryFilter;
import org.practiceassurance.surgery.SurgeryStatus;
import org.practiceassurance.surgery.SurgerySummary;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list of surgeries as a database query (ADR 16): quality managers, directors and administrators
 * see every surgery; a head of service their service's; a lead the ones they lead. The filter, sort
 * and page are in the same statement.
 */
@Component
public class SurgeryListQuery {

  /** The columns the list sorts by, as screens and the REST API name them. */
  public static final List<String> SORTABLE = List.of("dueDate", "id", "level", "serviceCode", "teamCode", "lead",
      "status");
  /** Latest first. */
  static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "dueDate");

  private final EntityManager entityManager;

  SurgeryListQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** @throws InvalidSurgery for a sort by a column the list does not offer */
  public List<SurgerySummary> rows(UserIdentity viewer, SurgeryFilter filter, Pageable pageable) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<SurgerySummary> query = cb.createQuery(SurgerySummary.class);
    Root<Surgery> s = query.from(Surgery.class);
    query.select(cb.construct(SurgerySummary.class, s.get("id"), s.get("level"), s.get("serviceCode"),
            s.get("teamCode"), s.get("lead"), s.get("dueDate"), s.get("adHoc"), s.get("status")))
        .where(conditions(cb, s, viewer, filter))
        .orderBy(orders(cb, s, pageable.getSortOr(DEFAULT_SORT)));
    TypedQuery<SurgerySummary> typed = entityManager.createQuery(query);
    if (pageable.isPaged()) {
      typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
    }
    return typed.getResultList();
  }

  public long count(UserIdentity viewer, SurgeryFilter filter) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Surgery> s = query.from(Surgery.class);
    query.select(cb.count(s)).where(conditions(cb, s, viewer, filter));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Refuses a sort the list does not offer, before anything is read. */
  public static void checkSort(Sort sort) {
    for (Sort.Order order : sort) {
      if (!SORTABLE.contains(order.getProperty())) {
        throw new InvalidSurgery("sort", "Surgeries cannot be sorted by \"" + order.getProperty()
            + "\"; sort by one of " + String.join(", ", SORTABLE) + ".");
      }
    }
  }

  private static List<Order> orders(CriteriaBuilder cb, Root<Surgery> s, Sort sort) {
    checkSort(sort);
    List<Order> orders = new ArrayList<>();
    boolean byId = false;
    for (Sort.Order order : sort) {
      Expression<?> column = order.getProperty().equals("status")
          ? cb.selectCase(s.get("status")).when(SurgeryStatus.SCHEDULED, 1).when(SurgeryStatus.PREPARED, 2).otherwise(3)
          : s.get(order.getProperty());
      byId |= order.getProperty().equals("id");
      orders.add(order.isAscending() ? cb.asc(column) : cb.desc(column));
    }
    if (!byId) {
      orders.add(cb.desc(s.get("id")));
    }
    return orders;
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<Surgery> s, UserIdentity viewer, SurgeryFilter filter) {
    List<Predicate> where = new ArrayList<>();
    VisibleScope scope = VisibleScope.of(viewer);
    if (!scope.wholeCounty()) {
      // Surgeries are a head of service's (not a team's): a team manager sees only what they lead.
      Predicate service = viewer.hasRole(Roles.HEAD_OF_SERVICE) && !scope.serviceCodes().isEmpty()
          ? s.get("serviceCode").in(scope.servicesForQuery()) : cb.disjunction();
      where.add(cb.or(service, cb.equal(s.get("lead"), viewer.username())));
    }
    if (filter.level() != null) {
      where.add(cb.equal(s.get("level"), filter.level()));
    }
    if (filter.scopeCode() != null) {
      String code = filter.scopeCode().toUpperCase(Locale.ROOT);
      where.add(cb.or(cb.equal(s.get("teamCode"), code), cb.equal(s.get("serviceCode"), code)));
    }
    if (filter.status() != null) {
      where.add(cb.equal(s.get("status"), filter.status()));
    }
    if (filter.lead() != null) {
      where.add(cb.equal(s.get("lead"), filter.lead().toLowerCase(Locale.ROOT)));
    }
    if (filter.adHoc() != null) {
      where.add(cb.equal(s.get("adHoc"), filter.adHoc()));
    }
    if (filter.dateFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(s.get("dueDate"), filter.dateFrom()));
    }
    if (filter.dateTo() != null) {
      where.add(cb.lessThanOrEqualTo(s.get("dueDate"), filter.dateTo()));
    }
    return where.toArray(Predicate[]::new);
  }
}
