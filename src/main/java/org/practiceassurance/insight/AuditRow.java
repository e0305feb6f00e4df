package org.practiceassurance.insight;

import java.time.Instant;
import org.practiceassurance.audit.AuditStatus;
import org.practiceassurance.audit.Grade;

/**
 * One audit behind a dashboard figure.
 *
 * @param auditorGrade the overall grade the auditor gave
 * @param finalGrade the grade that counts: the moderated one where the audit was moderated
 */
public record AuditRow(long id, String childReference, String serviceCode, String teamCode, String auditor,
    Grade auditorGrade, Grade finalGrade, boolean moderated, Instant submittedAt, AuditStatus status) {}
