package org.practiceassurance.action.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.practiceassurance.action.ActionStatus;
import org.practiceassurance.action.ActionSummary;
import org.practiceassurance.action.RegisterFilter;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.stereotype.Component;

/**
 * The actions register as a database query, scoped to the person asking: quality managers,
 * directors and administrators see every action; a head of service their service's; a team
 * manager their team's; everyone the actions they own or raised.
 */
@Component
public class ActionRegisterQuery {

  private final EntityManager entityManager;

  ActionRegisterQuery(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  public List<ActionSummary> page(UserIdentity user, RegisterFilter filter, LocalDate today, int offset, int limit) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<ActionEntity> query = cb.createQuery(ActionEntity.class);
    Root<ActionEntity> action = query.from(ActionEntity.class);
    query.select(action).where(conditions(cb, action, user, filter, today))
        .orderBy(cb.asc(action.get("dueDate")), cb.asc(action.get("id")));
    return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
        .map(ActionEntity::summary).toList();
  }

  public long count(UserIdentity user, RegisterFilter filter, LocalDate today) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<ActionEntity> action = query.from(ActionEntity.class);
    query.select(cb.count(action)).where(conditions(cb, action, user, filter, today));
    return entityManager.createQuery(query).getSingleResult();
  }

  private static Predicate[] conditions(CriteriaBuilder cb, Root<ActionEntity> action, UserIdentity user,
      RegisterFilter filter, LocalDate today) {
    List<Predicate> where = new ArrayList<>();
    if (!OrganisationScope.seesWholeCounty(user)) {
      List<Predicate> visible = new ArrayList<>();
      visible.add(cb.equal(action.get("owner"), user.username()));
      visible.add(cb.equal(action.get("raisedBy"), user.username()));
      if (user.hasRole(Roles.HEAD_OF_SERVICE)) {
        user.service().ifPresent(service -> visible.add(cb.equal(action.get("serviceCode"), service)));
      }
      if (user.hasRole(Roles.TEAM_MANAGER)) {
        user.team().ifPresent(team -> visible.add(cb.equal(action.get("teamCode"), team)));
      }
      where.add(cb.or(visible.toArray(Predicate[]::new)));
    }
    if (filter.status() != null) {
      where.add(cb.equal(action.get("status"), filter.status()));
    }
    if (filter.owner() != null) {
      where.add(cb.equal(cb.lower(action.get("owner")), filter.owner().toLowerCase()));
    }
    if (filter.teamCode() != null) {
      where.add(cb.equal(cb.upper(action.get("teamCode")), filter.teamCode().toUpperCase()));
    }
    if (filter.serviceCode() != null) {
      where.add(cb.equal(cb.upper(action.get("serviceCode")), filter.serviceCode().toUpperCase()));
    }
    if (filter.source() != null) {
      where.add(cb.equal(action.get("source"), filter.source().name()));
    }
    if (filter.overdueOnly()) {
      where.add(cb.or(cb.equal(action.get("status"), ActionStatus.OVERDUE),
          cb.and(cb.equal(action.get("status"), ActionStatus.OPEN), cb.lessThan(action.get("dueDate"), today))));
    }
    return where.toArray(Predicate[]::new);
  }
}
