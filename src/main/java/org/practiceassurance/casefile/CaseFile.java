package org.practiceassurance.casefile;

import java.time.LocalDate;

/**
 * One child's case file as the roster last described it.
 *
 * @param childReference the case management system's reference, the business key (upper case)
 * @param displayName the child's name as exported, if any
 * @param serviceCode e.g. {@code CF}
 * @param teamCode e.g. {@code CF-STR-1}
 * @param allocatedWorker the allocated social worker's username, or null when unallocated
 * @param teamManager the team manager's username, if exported
 * @param open false once a full import no longer lists the file
 */
public record CaseFile(String childReference, String displayName, LocalDate dateOfBirth, LegalStatus legalStatus,
    String serviceCode, String teamCode, String locality, String allocatedWorker, String teamManager,
    LocalDate dateOpened, boolean open) {}
