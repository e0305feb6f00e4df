package org.practiceassurance.surgery.internal;

import java.time.LocalDate;
import java.util.List;
import org.practiceassurance.surgery.SurgeryLevel;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurgeryRepository extends JpaRepository<Surgery, Long> {

  List<Surgery> findAllByOrderByDueDateDescIdDesc();

  /** Earlier surgeries of the same scope (team code null for service level). */
  @Query("""
      select s.id from Surgery s where s.level = :level and s.serviceCode = :serviceCode
        and ((:teamCode is null and s.teamCode is null) or s.teamCode = :teamCode) and s.id <> :except
        and (s.dueDate < :before or (s.dueDate = :before and s.id < :except))""")
  List<Long> earlierOfScope(SurgeryLevel level, String serviceCode, String teamCode, LocalDate before, long except);

  boolean existsByLevelAndServiceCodeAndTeamCodeAndDueDate(SurgeryLevel level, String serviceCode, String teamCode,
      LocalDate dueDate);

  boolean existsByLevelAndServiceCodeAndTeamCodeIsNullAndDueDate(SurgeryLevel level, String serviceCode,
      LocalDate dueDate);
}
