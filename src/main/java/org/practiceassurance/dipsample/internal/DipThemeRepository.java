package org.practiceassurance.dipsample.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Themes are added, never deleted: no delete methods here. */
interface DipThemeRepository extends Repository<DipTheme, String> {

  DipTheme saveAndFlush(DipTheme theme);

  Optional<DipTheme> findById(String code);

  boolean existsById(String code);

  @Query("select count(t) > 0 from DipTheme t where lower(t.name) = lower(:name)")
  boolean existsByNameIgnoringCase(String name);

  /** Each theme with its latest version and that version's number of questions: code, name, description, version, count. */
  @Query("""
      select t.code, t.name, t.description, s.version, size(s.questions)
      from DipTheme t join DipQuestionSet s on s.theme = t
      where s.version = (select max(s2.version) from DipQuestionSet s2 where s2.theme = t)
      order by t.name, t.code""")
  List<Object[]> latestOfEach();
}
