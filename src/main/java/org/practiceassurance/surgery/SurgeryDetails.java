package org.practiceassurance.surgery;

import java.util.List;
import java.util.Map;
import org.practiceassurance.concern.ConcernEntry;

/**
 * A surgery's page: who attends, the earlier actions reviewed, notes per indicator, its action log
 * (live), the children escalated and the dip samples asked for.
 *
 * @param prepareTaskId the lead's open "prepare" task, if it is open and the viewer is the lead
 * @param holdTaskId the lead's open "hold" task, if it is open and the viewer is the lead
 */
public record SurgeryDetails(SurgerySummary summary, String attendees, Map<String, String> notes,
    List<CarriedAction> carried, List<LoggedAction> log, List<ConcernEntry> escalations, List<DipSampleAsk> dipSamples,
    String prepareTaskId, String holdTaskId) {}
