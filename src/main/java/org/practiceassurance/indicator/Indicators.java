package org.practiceassurance.indicator;

import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.OrgService;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.indicator.internal.Catalogue;
import org.practiceassurance.indicator.internal.ExceptionImporter;
import org.practiceassurance.indicator.internal.IndicatorQueries;
import org.practiceassurance.indicator.internal.ValueImporter;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.security.OrganisationScope;
import org.practiceassurance.security.Roles;
import org.practiceassurance.security.UserIdentity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Performance indicators: the catalogue, monthly values per team rolled up per service and
 * locality, and child-level exception lists, imported from the case management system's report
 * exports.
 *
 * <p>{@link #series} and {@link #exceptions} take an explicit scope and do not check who is signed in
 * (the calling module decides who may see what, as with {@code CaseFiles.openFiles}); screens and the
 * REST API check with {@link #canSee} first. The imports are for quality managers and administrators.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

  private final Catalogue catalogue;
  private final IndicatorQueries queries;
  private final ValueImporter values;
  private final ExceptionImporter exceptions;
  private final CaseFiles caseFiles;
  private final CurrentUser currentUser;

  Indicators(Catalogue catalogue, IndicatorQueries queries, ValueImporter values, ExceptionImporter exceptions,
      CaseFiles caseFiles, CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.queries = queries;
    this.values = values;
    this.exceptions = exceptions;
    this.caseFiles = caseFiles;
    this.currentUser = currentUser;
  }

  /** The catalogue, in its stable order (assessments first, CP plans over 18 months last). */
  public List<Indicator> catalogue() {
    return catalogue.indicators();
  }

  /** By code, without regard to case. */
  public Optional<Indicator> indicator(String code) {
    return code == null ? Optional.empty() : catalogue.indicator(code.trim().toUpperCase(Locale.ROOT));
  }

  /** The kinds of child-level exception list, in order. */
  public List<ExceptionList> exceptionLists() {
    return catalogue.exceptionLists();
  }

  /**
   * The last {@code months} months up to and including {@code upTo}, for every indicator of the
   * catalogue in its order (an indicator without data has an empty list; months with no data are
   * left out; oldest first). A team's values are as imported. A service's or locality's value for an
   * indicator and month is rolled up from its teams' values: {@code 100 × Σ numerator / Σ denominator}
   * for a percentage ({@code Σ numerator / Σ denominator} for a rate such as children per worker)
   * when every team value of that month has a numerator and denominator, otherwise the mean of the
   * team values; rounded to one decimal place, then given its RAG. A value counts towards the service
   * and locality its team had when the value was imported.
   *
   * @param scopeCode a team code, service code or locality name, by level (case does not matter)
   */
  public List<IndicatorSeries> series(ScopeLevel level, String scopeCode, YearMonth upTo, int months) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(upTo, "upTo");
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, not " + months);
    }
    String code = canonical(level, scopeCode);
    Map<String, List<MonthlyValue>> byIndicator = new LinkedHashMap<>();
    List<Indicator> indicators = catalogue.indicators();
    indicators.forEach(i -> byIndicator.put(i.code(), new ArrayList<>()));
    Map<String, Indicator> byCode = indicators.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
    for (IndicatorQueries.Row row : queries.values(level, code, upTo.minusMonths(months - 1L), upTo)) {
      Indicator indicator = byCode.get(row.indicatorCode());
      byIndicator.get(row.indicatorCode()).add(new MonthlyValue(row.indicatorCode(), level, code, row.month(),
          row.value(), indicator.rag(row.value()), row.numerator(), row.denominator()));
    }
    return indicators.stream().map(i -> new IndicatorSeries(i, byIndicator.get(i.code()))).toList();
  }

  /** The latest month with any indicator value for the scope. */
  public Optional<YearMonth> latestMonth(ScopeLevel level, String scopeCode) {
    return queries.latestValueMonth(level, canonical(level, scopeCode));
  }

  /**
   * The scope's children on exception lists for a month, by list, team, then child reference;
   * {@code month} null means the latest month with any exception for that scope (empty when none).
   * The whole list, for a surgery's pack; screens and the REST API page through {@link
   * #exceptions(ExceptionFilter, Pageable)}.
   */
  public List<ChildException> exceptions(ScopeLevel level, String scopeCode, YearMonth month) {
    Objects.requireNonNull(level, "level");
    String code = canonical(level, scopeCode);
    Optional<YearMonth> which = month != null ? Optional.of(month) : queries.latestExceptionMonth(level, code);
    return which.map(m -> queries.exceptions(level, code, m)).orElse(List.of());
  }

  /**
   * One page of the children on a scope's exception lists for a month (the filter's, or the latest
   * month with any exception for that scope), narrowed and sorted in the database (by list, team and
   * child unless the page says otherwise; sortable by {@link IndicatorQueries#EXCEPTION_SORTS}), with
   * how many match in all. Only within what the signed-in person may see ({@link #canSee}).
   *
   * @throws AccessDeniedException for a scope the person may not see
   * @throws IllegalArgumentException for an unknown sort column
   */
  public Page<ChildException> exceptions(ExceptionFilter filter, Pageable pageable) {
    return PageableExecutionUtils.getPage(exceptionRows(filter, pageable), pageable, () -> exceptionCount(filter));
  }

  /** The rows of one page of {@link #exceptions(ExceptionFilter, Pageable)} without counting them all. */
  public List<ChildException> exceptionRows(ExceptionFilter filter, Pageable pageable) {
    ExceptionFilter f = seen(filter);
    Optional<YearMonth> month = exceptionMonth(f);
    IndicatorQueries.checkExceptionSort(pageable.getSort());
    return month.map(m -> queries.exceptions(f, m, pageable)).orElse(List.of());
  }

  /** How many rows {@link #exceptions(ExceptionFilter, Pageable)} has in all. */
  public long exceptionCount(ExceptionFilter filter) {
    ExceptionFilter f = seen(filter);
    return exceptionMonth(f).map(m -> queries.exceptionCount(f, m)).orElse(0L);
  }

  /** The latest month with any child on an exception list for the scope. */
  public Optional<YearMonth> latestExceptionMonth(ScopeLevel level, String scopeCode) {
    return queries.latestExceptionMonth(level, canonical(level, scopeCode));
  }

  private Optional<YearMonth> exceptionMonth(ExceptionFilter f) {
    return f.month() != null ? Optional.of(f.month()) : queries.latestExceptionMonth(f.level(), f.scopeCode());
  }

  /** The filter with its scope in canonical spelling, once the person may see it. */
  private ExceptionFilter seen(ExceptionFilter filter) {
    if (!canSee(currentUser.get(), filter.level(), filter.scopeCode())) {
      throw new AccessDeniedException("You may not see the exception lists of " + filter.level().label()
          .toLowerCase(Locale.ROOT) + " " + filter.scopeCode() + ".");
    }
    return new ExceptionFilter(filter.level(), canonical(filter.level(), filter.scopeCode()), filter.month(),
        filter.listCode(), filter.teamCode(), filter.childReference());
  }

  /**
   * Imports monthly values per team from a CSV export with the header
   * {@code indicator,team,month,value,numerator,denominator} (numerator and denominator optional;
   * month {@code YYYY-MM}; value blank means "numerator over denominator"). Upserts one value per
   * indicator, team and month, in one transaction; every bad row is reported with its line and why,
   * and the good rows are imported.
   *
   * @throws IndicatorFileRejected for a file that cannot be imported at all (nothing is changed)
   */
  @Secured({"ROLE_" + Roles.QUALITY_MANAGER, "ROLE_" + Roles.ADMIN})
  @Transactional(propagation = Propagation.NOT_SUPPORTED) // the file is read first; the import is its own transaction
  public IndicatorImportReport importValues(InputStream csv, String fileName) {
    return values.apply(values.read(csv), fileName, currentUser.get().username());
  }

  /**
   * Imports child-level exception lists from a CSV export with the header
   * {@code list,child_reference,team,month,detail} (detail optional). Each child must be on the roster.
   * For each list, team and month the file has a good row for, the file's children replace the ones
   * stored (importing the same file again changes nothing). One transaction.
   *
   * @throws IndicatorFileRejected for a file that cannot be imported at all (nothing is changed)
   */
  @Secured({"ROLE_" + Roles.QUALITY_MANAGER, "ROLE_" + Roles.ADMIN})
  @Transactional(propagation = Propagation.NOT_SUPPORTED) // the file is read first; the import is its own transaction
  public IndicatorImportReport importExceptions(InputStream csv, String fileName) {
    return exceptions.apply(exceptions.read(csv), fileName, currentUser.get().username());
  }

  /**
   * Whether this person may read a scope's indicators and exception lists: quality managers,
   * directors and administrators every scope; a head of service their service and its teams; team
   * managers and social workers their team. Localities cut across services, so only the whole-county
   * roles read them.
   */
  public boolean canSee(UserIdentity user, ScopeLevel level, String scopeCode) {
    if (user == null || level == null || scopeCode == null) {
      return false;
    }
    if (OrganisationScope.seesWholeCounty(user)) {
      return true;
    }
    String code = canonical(level, scopeCode);
    return switch (level) {
      case TEAM -> caseFiles.team(code).filter(t -> OrganisationScope.canSee(user, t.serviceCode(), t.code())).isPresent();
      case SERVICE -> user.hasRole(Roles.HEAD_OF_SERVICE) && user.service().filter(code::equals).isPresent();
      case LOCALITY -> false;
    };
  }

  /** The scopes this person may read, services first, then localities, then teams, each by code or name. */
  public List<Scope> scopesVisibleTo(UserIdentity user) {
    List<Team> teams = caseFiles.teams();
    List<Scope> scopes = new ArrayList<>();
    caseFiles.services().stream().filter(s -> canSee(user, ScopeLevel.SERVICE, s.code()))
        .sorted(Comparator.comparing(OrgService::code))
        .forEach(s -> scopes.add(new Scope(ScopeLevel.SERVICE, s.code(), s.name())));
    if (OrganisationScope.seesWholeCounty(user)) {
      teams.stream().map(Team::locality).filter(Objects::nonNull).distinct().sorted()
          .forEach(l -> scopes.add(new Scope(ScopeLevel.LOCALITY, l, l)));
    }
    teams.stream().filter(t -> OrganisationScope.canSee(user, t.serviceCode(), t.code()))
        .forEach(t -> scopes.add(new Scope(ScopeLevel.TEAM, t.code(), t.name())));
    return scopes;
  }

  /** Team and service codes in upper case; a locality in its roster spelling. */
  private String canonical(ScopeLevel level, String scopeCode) {
    Objects.requireNonNull(scopeCode, "scopeCode");
    String code = scopeCode.trim();
    if (level != ScopeLevel.LOCALITY) {
      return code.toUpperCase(Locale.ROOT);
    }
    return caseFiles.teams().stream().map(Team::locality).filter(Objects::nonNull)
        .filter(l -> l.equalsIgnoreCase(code)).findFirst().orElse(code);
  }
}
