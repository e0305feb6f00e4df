package org.practiceassurance.surgery.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.practiceassurance.audit.CaseFileAudits;
import org.practiceassurance.casefile.CaseFiles;
import org.practiceassurance.casefile.Team;
import org.practiceassurance.concern.ConcernRegister;
import org.practiceassurance.indicator.Indicators;
import org.practiceassurance.indicator.ScopeLevel;
import org.practiceassurance.surgery.CarriedAction;
import org.practiceassurance.surgery.SurgeryLevel;
import org.practiceassurance.surgery.SurgeryPack;
import org.springframework.stereotype.Component;

/** Assembles a surgery's preparation pack from the modules that own each part; no role checks here. */
@Component
public class PackBuilder {

  /** How many months of indicators and audits a pack shows. */
  public static final int MONTHS = 6;
  private static final ZoneId UK = ZoneId.of("Europe/London");

  private final Indicators indicators;
  private final CaseFileAudits audits;
  private final ConcernRegister concerns;
  private final CaseFiles caseFiles;
  private final SurgeryLedger ledger;
  private final Clock clock = Clock.systemUTC();

  PackBuilder(Indicators indicators, CaseFileAudits audits, ConcernRegister concerns, CaseFiles caseFiles,
      SurgeryLedger ledger) {
    this.indicators = indicators;
    this.audits = audits;
    this.concerns = concerns;
    this.caseFiles = caseFiles;
    this.ledger = ledger;
  }

  public SurgeryPack build(Surgery surgery) {
    boolean team = surgery.level() == SurgeryLevel.TEAM;
    ScopeLevel level = team ? ScopeLevel.TEAM : ScopeLevel.SERVICE;
    String scope = team ? surgery.teamCode() : surgery.serviceCode();
    List<String> teamCodes = team ? List.of(surgery.teamCode())
        : caseFiles.teams().stream().filter(t -> t.serviceCode().equals(surgery.serviceCode())).map(Team::code).toList();
    List<YearMonth> months = months(LocalDate.now(clock.withZone(UK)));
    YearMonth upTo = months.get(months.size() - 1);
    java.time.Instant since = months.get(0).atDay(1).atStartOfDay(UK).toInstant();
    List<CarriedAction> open = ledger.carried(surgery).stream()
        .filter(c -> c.logged().action().status() != org.practiceassurance.action.ActionStatus.CLOSED).toList();
    return new SurgeryPack(surgery.summary(), months, indicators.series(level, scope, upTo, MONTHS),
        audits.gradesSince(teamCodes, since), open, concerns.unresolved(teamCodes),
        indicators.exceptions(level, scope, null), clock.instant());
  }

  /**
   * The six months a pack shows on {@code today}: the six latest that can have data, which is up to
   * last month. A month's figures are imported once it has ended, so this month would take a place
   * with nothing in it (five months early in the month). Audits are counted from the first of these
   * months up to today.
   */
  public static List<YearMonth> months(LocalDate today) {
    YearMonth last = YearMonth.from(today).minusMonths(1);
    return IntStream.rangeClosed(1, MONTHS).mapToObj(i -> last.minusMonths(MONTHS - i)).toList();
  }
}
