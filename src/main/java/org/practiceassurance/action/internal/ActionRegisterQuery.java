package org.practiceassurance.action.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.InvalidActionException;
import org.practiceassurance.action.Priority;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.practiceassurance.security.VisibleScope;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The actions register as a database query (ADR 16): who may see which action, the filter, the sort
 * and the page are all in the {@code where} and {@code order by}, and rows are read as summaries (no
 * entities kept in the session).
 */
@Component
public class ActionRegisterQuery {

  /** The columns the register sorts by, as screens and the REST API name them. */
  public static final List<String> SORTABLE = List.of("dueDate", "id", "status", "priority", "owner", "raisedBy",
      "childReference", "teamCode", "serviceCode", "source", "createdAt");
  /** Soonest due first; the id keeps pages apart when due dates tie. */
  static final Sort DEFAULT_SORT = Sort.by("dueDate");

  /** Which actions a query may return before the filter narrows them. */
  @FunctionalInterface
  public interface Reach {
    Predicate where(CriteriaBuilder cb, Root<ActionEntity> action);
  }

  private final EntityManager entityManager;

  ActionRegisterQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * The register's rule: quality managers, directors and administrators see every action; a head of
   * service their service's; a team manager their team's (a social worker not their whole team's);
   * everyone the actions they own or raised.
   */
  public static Reach visibleTo(UserIdentity user) {
    VisibleScope scope = VisibleScope.of(user);
    return (cb, action) -> {
      if (scope.wholeCounty()) {
        return cb.conjunction();
      }
      List<Predicate> visible = new ArrayList<>();
      visible.add(cb.equal(action.get("owner"), user.username()));
      visible.add(cb.equal(action.get("raisedBy"), user.username()));
      if (!scope.serviceCodes().isEmpty()) {
        visible.add(action.get("serviceCode").in(scope.servicesForQuery()));
      }
      if (user.hasRole(Roles.TEAM_MANAGER) && !scope.teamCodes().isEmpty()) {
        visible.add(action.get("teamCode").in(scope.teamsForQuery()));
      }
      return cb.or(visible.toArray(Predicate[]::new));
    };
  }

  /** Exactly these actions (another module decided who may see them). */
  public static Reach among(Collection<String> actionIds) {
    return (cb, action) -> actionIds.isEmpty() ? cb.disjunction() : action.get("id").in(actionIds);
  }

  /**
   * One page of rows, sorted by the page's sort (soonest due first when it has none), always with the
   * id last so that pages neither overlap nor leave gaps.
   *
   * @throws InvalidActionException for a sort by a column the register does not offer
   */
  public List<ActionSummary> rows(Reach reach, RegisterFilter filter, LocalDate today, Pageable pageable) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ActionSummary> query = cb.createQuery(ActionSummary.class);
    Root<ActionEntity> action = query.from(ActionEntity.class);
    query.select(cb.construct(ActionSummary.class, action.get("id"), action.get("source"), action.get("sourceId"),
            action.get("childReference"), action.get("description"), action.get("owner"), action.get("raisedBy"),
            action.get("serviceCode"), action.get("teamCode"), action.get("priority"), action.get("dueDate"),
            action.get("status"), action.get("createdAt"), action.get("doneAt"), action.get("closedAt"),
            action.get("closedBy")))
        .where(conditions(cb, action, reach, filter, today))
        .orderBy(orders(cb, action, pageable.getSortOr(DEFAULT_SORT)));
    TypedQuery<ActionSummary> typed = entityManager.createQuery(query);
    if (pageable.isPaged()) {
      typed.setFirstResult(Math.toIntExact(pageable.getOffset())).setMaxResults(pageable.getPageSize());
    }
    return typed.getResultList();
  }

  public long count(Reach reach, RegisterFilter filter, LocalDate today) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<ActionEntity> action = query.from(ActionEntity.class);
    query.select(cb.count(action)).where(conditions(cb, action, reach, filter, today));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Refuses a sort the register does not offer, before anything is read. */
  public static void checkSort(Sort sort) {
    for (Sort.Order order : sort) {
      if (!SORTABLE.contains(order.getProperty())) {
        throw new InvalidActionException("sort", "Actions cannot be sorted by \"" + order.getProperty()
            + "\"; sort by one of " + String.join(", ", SORTABLE) + ".");
      }
    }
  }

  private static List<Order> orders(CriteriaBuilder cb, Root<ActionEntity> action, Sort sort) {
    checkSort(sort);
    List<Order> orders = new ArrayList<>();
    boolean byId = false;
    for (Sort.Order order : sort) {
      Expression<?> column = switch (order.getProperty()) {
        // In the order work moves along, not the alphabet's.
        case "status" -> cb.selectCase(action.get("status"))
            .when(ActionStatus.OPEN, 1).when(ActionStatus.OVERDUE, 2)
            .when(ActionStatus.DONE_AWAITING_VERIFICATION, 3).otherwise(4);
        case "priority" -> cb.selectCase(action.get("priority"))
            .when(Priority.LOW, 1).when(Priority.MEDIUM, 2).when(Priority.HIGH, 3).otherwise(4);
        default -> action.get(order.getProperty());
      };
      byId |= order.getProperty().equals("id");
      orders.add(order.isAscending() ? cb.asc(column) : cb.desc(column));
    }
    if (!byId) {
      orders.add(cb.asc(action.get("id")));
    }
    return orders;
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<ActionEntity> action, Reach reach,
      RegisterFilter filter, LocalDate today) {
    List<Predicate> where = new ArrayList<>();
    where.add(reach.where(cb, action));
    if (filter.status() != null) {
      where.add(cb.equal(action.get("status"), filter.status()));
    }
    // Usernames are lower case (Keycloak's), codes upper case (the roster's): compared as stored, so indexes serve.
    if (filter.owner() != null) {
      where.add(cb.equal(action.get("owner"), filter.owner().toLowerCase(Locale.ROOT)));
    }
    if (filter.raisedBy() != null) {
      where.add(cb.equal(action.get("raisedBy"), filter.raisedBy().toLowerCase(Locale.ROOT)));
    }
    if (filter.teamCode() != null) {
      where.add(cb.equal(action.get("teamCode"), filter.teamCode().toUpperCase(Locale.ROOT)));
    }
    if (filter.serviceCode() != null) {
      where.add(cb.equal(action.get("serviceCode"), filter.serviceCode().toUpperCase(Locale.ROOT)));
    }
    if (filter.source() != null) {
      where.add(cb.equal(action.get("source"), filter.source().name()));
    }
    if (filter.childReference() != null) {
      where.add(cb.like(cb.upper(action.get("childReference")), startsWith(filter.childReference()), '\\'));
    }
    if (filter.dueFrom() != null) {
      where.add(cb.greaterThanOrEqualTo(action.get("dueDate"), filter.dueFrom()));
    }
    if (filter.dueTo() != null) {
      where.add(cb.lessThanOrEqualTo(action.get("dueDate"), filter.dueTo()));
    }
    if (filter.overdueOnly()) {
      where.add(cb.or(cb.equal(action.get("status"), ActionStatus.OVERDUE),
          cb.and(cb.equal(action.get("status"), ActionStatus.OPEN), cb.lessThan(action.get("dueDate"), today))));
    }
    return where.toArray(Predicate[]::new);
  }

  /** A LIKE pattern for "starts with", upper case, with the text's own wildcards taken literally. */
  static String startsWith(String text) {
    return text.trim().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
