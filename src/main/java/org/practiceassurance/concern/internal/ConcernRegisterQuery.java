package org.practiceassurance.concern.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.concern.ConcernEntry;
import org.practiceassurance.concern.ConcernFilter;
import org.practiceassurance.concern.ConcernStatus;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The Cases of Concern register as a database query (ADR 16): an entry is visible to whoever sees its
 * service or team by where they sit in the organisation, and to whoever raised it; the filter, sort
 * and page are in the same statement.
 */
@Component
public class ConcernRegisterQuery {

  /** The columns the register sorts by, as screens and the REST API name them. */
  public static final List<String> SORTABLE = List.of("raisedAt", "id", "childReference", "status", "teamCode",
      "serviceCode", "reviewDate", "raisedBy", "responsibleManager");
  /** Newest first; the id keeps pages apart when two were raised at the same moment. */
  static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "raisedAt");
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final EntityManager entityManager;

  ConcernRegisterQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** @throws IllegalArgumentException for a sort by a column the register does not offer */
  public List<ConcernEntry> rows(UserIdentity viewer, ConcernFilter filter, Pageable pageable) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ConcernEntry> query = cb.createQuery(ConcernEntry.class);
    Root<Concern> c = query.from(Concern.class);
    query.select(cb.construct(ConcernEntry.class, c.get("id"), c.get("childReference"), c.get("reason"),
            c.get("raisedBy"), c.get("source"), c.get("sourceId"), c.get("serviceCode"), c.get("teamCode"),
            c.get("responsibleManager"), c.get("status"), c.get("reviewDate"), c.get("raisedAt"),
            c.get("acknowledgedBy"), c.get("acknowledgedAt"), c.get("resolution"), c.get("resolvedBy"),
            c.get("resolvedAt")))
        .where(conditions(cb, c, viewer, filter))
        .orderBy(orders(cb, c, pageable.getSortOr(DEFAULT_SORT)));
    TypedQuery<ConcernEntry> typed = entityManager.createQuery(query);
    if (pageable.isPaged()) {
      typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
    }
    return typed.getResultList();
  }

  public long count(UserIdentity viewer, ConcernFilter filter) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Concern> c = query.from(Concern.class);
    query.select(cb.count(c)).where(conditions(cb, c, viewer, filter));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Refuses a sort the register does not offer, before anything is read. */
  public static void checkSort(Sort sort) {
    for (Sort.Order order : sort) {
      if (!SORTABLE.contains(order.getProperty())) {
        throw new IllegalArgumentException("Cases of Concern cannot be sorted by \"" + order.getProperty()
            + "\"; sort by one of " + String.join(", ", SORTABLE) + ".");
      }
    }
  }

  private static List<Order> orders(CriteriaBuilder cb, Root<Concern> c, Sort sort) {
    checkSort(sort);
    List<Order> orders = new ArrayList<>();
    boolean byId = false;
    for (Sort.Order order : sort) {
      Expression<?> column = order.getProperty().equals("status")
          ? cb.selectCase(c.get("status")).when(ConcernStatus.OPEN, 1).when(ConcernStatus.ACKNOWLEDGED, 2).otherwise(3)
          : c.get(order.getProperty());
      byId |= order.getProperty().equals("id");
      orders.add(order.isAscending() ? cb.asc(column) : cb.desc(column));
    }
    if (!byId) {
      orders.add(cb.desc(c.get("id")));
    }
    return orders;
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<Concern> c, UserIdentity viewer, ConcernFilter filter) {
    List<Predicate> where = new ArrayList<>();
    VisibleScope scope = VisibleScope.of(viewer);
    if (!scope.wholeCounty()) {
      where.add(cb.or(c.get("serviceCode").in(scope.servicesForQuery()), c.get("teamCode").in(scope.teamsForQuery()),
          cb.equal(c.get("raisedBy"), viewer.username())));
    }
    if (filter.status() != null) {
      where.add(cb.equal(c.get("status"), filter.status()));
    }
    if (filter.childReference() != null) {
      where.add(cb.like(cb.upper(c.get("childReference")), startsWith(filter.childReference()), '\\'));
    }
    // Codes are upper case (the roster's), usernames lower case (Keycloak's): compared as stored, so indexes serve.
    if (filter.teamCode() != null) {
      where.add(cb.equal(c.get("teamCode"), filter.teamCode().toUpperCase(Locale.ROOT)));
    }
    if (filter.serviceCode() != null) {
      where.add(cb.equal(c.get("serviceCode"), filter.serviceCode().toUpperCase(Locale.ROOT)));
    }
    if (filter.person() != null) {
      String person = filter.person().toLowerCase(Locale.ROOT);
      where.add(cb.or(cb.equal(c.get("raisedBy"), person), cb.equal(c.get("responsibleManager"), person)));
    }
    if (filter.raisedFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(c.get("raisedAt"), filter.raisedFrom().atStartOfDay(UK).toInstant()));
    }
    if (filter.raisedTo() != null) {
      where.add(cb.lessThan(c.get("raisedAt"), filter.raisedTo().plusDays(1).atStartOfDay(UK).toInstant()));
    }
    return where.toArray(Predicate[]::new);
  }

  /** A LIKE pattern for "starts with", upper case, with the text's own wildcards taken literally. */
  static String startsWith(String text) {
    return text.trim().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
