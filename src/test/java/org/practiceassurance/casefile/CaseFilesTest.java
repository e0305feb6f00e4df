package org.practiceassurance.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceassurance.casefile.Rosters.csv;
import static org.practiceassurance.casefile.Rosters.stream;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassurance.security.CurrentUser;
import org.practiceassurance.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Lookups for other modules, and the scoped queries screens use (OrganisationScope), on the real database. */
@SpringBootTest
class CaseFilesTest {

  @Autowired CaseFiles caseFiles;
  @Autowired RosterImport rosterImport;
  @Autowired CurrentUser currentUser;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void smallCounty() {
    Rosters.reset(jdbc);
    TestUsers.qm1();
    rosterImport.importCsv(stream(csv(
        "CF-1,Ann,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-01",
        "CF-2,Ben,2012-01-01,CIC,CF,CF-STR-1,Stroud,sw1,tm1,2020-01-01",
        "CF-3,Cat,2014-01-01,CP,CF,CF-GLO-1,Gloucester,sw.cf-glo-1.1,tm.cf-glo-1,2024-01-01",
        "RA-1,Dan,2016-01-01,CIN,RA,RA-GLO-1,Gloucester,sw.ra-glo-1.1,auditor2,2025-01-01",
        "RA-2,Eve,2017-01-01,CP,RA,RA-GLO-1,Gloucester,sw.ra-glo-1.1,auditor2,2025-01-01",
        "RA-9,Fay,2017-01-01,CIN,RA,RA-GLO-1,Gloucester,,auditor2,2025-01-01")), false);
    rosterImport.importCsv(stream(csv(
        "CF-1,Ann,2015-01-01,CIN,CF,CF-STR-1,Stroud,sw1,tm1,2024-01-01",
        "CF-2,Ben,2012-01-01,CIC,CF,CF-STR-1,Stroud,sw1,tm1,2020-01-01",
        "CF-3,Cat,2014-01-01,CP,CF,CF-GLO-1,Gloucester,sw.cf-glo-1.1,tm.cf-glo-1,2024-01-01",
        "RA-1,Dan,2016-01-01,CIN,RA,RA-GLO-1,Gloucester,sw.ra-glo-1.1,auditor2,2025-01-01",
        "RA-2,Eve,2017-01-01,CP,RA,RA-GLO-1,Gloucester,sw.ra-glo-1.1,auditor2,2025-01-01")), true); // closes RA-9
  }

  @AfterEach
  void signOut() {
    TestUsers.signOut();
  }

  private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

  /** The references on the first page of what the signed-in person may see. */
  private List<String> visible(CaseFileFilter filter) {
    return references(caseFiles.visibleTo(currentUser.get(), filter, FIRST_PAGE).getContent());
  }

  private static List<String> references(List<CaseFile> files) {
    return files.stream().map(CaseFile::childReference).toList();
  }

  @Test
  void lookupsForOtherModules() {
    TestUsers.signOut(); // no role needed

    assertThat(caseFiles.find("cf-2")).map(CaseFile::legalStatus).hasValue(LegalStatus.CIC);
    assertThat(caseFiles.find("RA-9")).map(CaseFile::open).hasValue(false);
    assertThat(caseFiles.find("NOPE-1")).isEmpty();
    assertThat(references(caseFiles.openFiles("CF-STR-1"))).containsExactly("CF-1", "CF-2");
    assertThat(references(caseFiles.openFiles(null, null))).containsExactly("CF-1", "CF-2", "CF-3", "RA-1", "RA-2");
    assertThat(references(caseFiles.openFiles(List.of("CF-STR-1", "RA-GLO-1"), Set.of(LegalStatus.CP, LegalStatus.CIC))))
        .containsExactly("CF-2", "RA-2");
    assertThat(references(caseFiles.openFiles(null, List.of(LegalStatus.CP)))).containsExactly("CF-3", "RA-2");
    assertThat(caseFiles.openFiles(List.of(), null)).isEmpty();
    assertThat(caseFiles.countOpen()).isEqualTo(5);
    assertThat(caseFiles.teams()).extracting(Team::code).containsExactly("CF-GLO-1", "CF-STR-1", "RA-GLO-1");
    assertThat(caseFiles.team("ra-glo-1")).hasValue(
        new Team("RA-GLO-1", "Referral & Assessment Gloucester 1", "RA", "Gloucester", "auditor2"));
    assertThat(caseFiles.services()).extracting(OrgService::code)
        .containsExactly("CF", "CIC", "CL", "DIS", "EH", "FD", "RA", "YJ");
  }

  @Test
  void eachPersonSeesTheFilesOfTheirPlaceInTheOrganisation() {
    TestUsers.qm1();
    assertThat(visible(CaseFileFilter.openFiles()))
        .containsExactly("CF-3", "CF-1", "CF-2", "RA-1", "RA-2");
    assertThat(visible(new CaseFileFilter("RA-GLO-1", null, true)))
        .containsExactly("RA-1", "RA-2", "RA-9");

    TestUsers.signIn("hos1", List.of("head-of-service"), "CF", null);
    assertThat(visible(CaseFileFilter.openFiles()))
        .containsExactly("CF-3", "CF-1", "CF-2");
    assertThat(caseFiles.teamsVisibleTo(currentUser.get())).extracting(Team::code).containsExactly("CF-GLO-1", "CF-STR-1");

    TestUsers.tm1();
    assertThat(visible(CaseFileFilter.openFiles())).containsExactly("CF-1", "CF-2");
    assertThat(visible(new CaseFileFilter(null, LegalStatus.CIC, false)))
        .containsExactly("CF-2");
    assertThat(visible(new CaseFileFilter("RA-GLO-1", null, true)))
        .as("asking for another team's files does not widen the scope").isEmpty();
    assertThat(caseFiles.findVisible(currentUser.get(), "CF-1")).isPresent();
    assertThat(caseFiles.findVisible(currentUser.get(), "RA-1")).isEmpty();

    TestUsers.auditor2(); // an auditor who also manages RA-GLO-1
    assertThat(visible(CaseFileFilter.openFiles())).containsExactly("RA-1", "RA-2");

    TestUsers.auditor1(); // auditors see the files of their audits, not the roster
    assertThat(visible(CaseFileFilter.openFiles())).isEmpty();
    assertThat(caseFiles.findVisible(currentUser.get(), "CF-1")).isEmpty();
  }

  @Test
  void theListPagesWithoutOverlapOrGapAndSaysHowManyMatch() {
    TestUsers.qm1();
    var me = currentUser.get();
    Sort byOpenedNewestFirst = Sort.by(Sort.Direction.DESC, "dateOpened");

    Page<CaseFile> first = caseFiles.visibleTo(me, CaseFileFilter.openFiles(), PageRequest.of(0, 2, byOpenedNewestFirst));
    assertThat(first.getTotalElements()).isEqualTo(5);
    assertThat(first.getTotalPages()).isEqualTo(3);
    List<String> all = new ArrayList<>(references(first.getContent()));
    for (int page = 1; page < first.getTotalPages(); page++) {
      all.addAll(references(caseFiles.visibleTo(me, CaseFileFilter.openFiles(), PageRequest.of(page, 2, byOpenedNewestFirst))
          .getContent()));
    }
    // RA-1 and RA-2 opened the same day, and CF-1 and CF-3: the reference settles their order, the same on every page.
    assertThat(all).containsExactly("RA-2", "RA-1", "CF-3", "CF-1", "CF-2");
    assertThat(caseFiles.countVisibleTo(me, CaseFileFilter.openFiles())).isEqualTo(5);
    assertThat(references(caseFiles.visibleTo(me, CaseFileFilter.openFiles(),
        PageRequest.of(0, 50, Sort.by("dateOfBirth"))).getContent())).containsExactly("CF-2", "CF-3", "CF-1", "RA-1", "RA-2");
    assertThat(references(caseFiles.visibleTo(me, CaseFileFilter.openFiles(),
        PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "displayName"))).getContent()))
        .containsExactly("RA-2", "RA-1", "CF-3", "CF-2", "CF-1");
  }

  @Test
  void theListIsSearchedByTheStartOfAReferenceOrNameAndFilteredInTheDatabase() {
    TestUsers.qm1();
    assertThat(visible(filter("cf-", null, null, null, false))).containsExactly("CF-3", "CF-1", "CF-2");
    assertThat(visible(filter("an", null, null, null, false))).as("the start of a name, not its middle (Dan)")
        .containsExactly("CF-1");
    assertThat(visible(filter("%", null, null, null, false))).as("a wildcard is a character like any other").isEmpty();
    assertThat(visible(filter("RA-9", null, null, null, false))).isEmpty();
    assertThat(visible(filter("RA-9", null, null, null, true))).containsExactly("RA-9");
    assertThat(visible(filter(null, "SW1", null, null, false))).containsExactly("CF-1", "CF-2");
    assertThat(visible(filter(null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false)))
        .containsExactly("CF-3", "CF-1");
    assertThat(caseFiles.countVisibleTo(currentUser.get(), filter("cf-", "sw1", null, null, false))).isEqualTo(2);

    TestUsers.tm1();
    assertThat(visible(filter("RA-", null, null, null, true))).as("a search does not widen the scope").isEmpty();
    assertThat(visible(filter("b", null, null, null, false))).containsExactly("CF-2");
  }

  @Test
  void aSortTheListDoesNotOfferAndDatesTheWrongWayRoundAreRefused() {
    TestUsers.qm1();
    var me = currentUser.get();

    assertThatThrownBy(() -> caseFiles.visibleTo(me, CaseFileFilter.openFiles(), PageRequest.of(0, 10, Sort.by("firstSeenAt"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be sorted by \"firstSeenAt\"");
    assertThatThrownBy(() -> caseFiles.countVisibleTo(me, filter(null, null, LocalDate.of(2025, 1, 1),
        LocalDate.of(2024, 1, 1), false))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
  }

  private static CaseFileFilter filter(String search, String worker, LocalDate from, LocalDate to, boolean closed) {
    return new CaseFileFilter(search, null, null, worker, from, to, closed);
  }

  @Test
  void theScopedQueriesNeedSomeoneSignedIn() {
    TestUsers.qm1();
    var qm = currentUser.get();
    TestUsers.signOut();

    assertThatThrownBy(() -> caseFiles.visibleTo(qm, CaseFileFilter.openFiles(), FIRST_PAGE).getContent())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> caseFiles.findVisible(qm, "CF-1"))
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }
}
