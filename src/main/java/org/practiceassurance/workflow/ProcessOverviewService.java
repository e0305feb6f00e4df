package org.practiceassurance.workflow;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.practiceassurance.security.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** What is deployed and running, for administrators. */
@Service
public class ProcessOverviewService {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  ProcessOverviewService(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  @Secured("ROLE_" + Roles.ADMIN)
  public List<ProcessOverview> deployedProcesses() {
    return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list().stream()
        .map(d -> new ProcessOverview(d.getKey(), d.getName() == null ? d.getKey() : d.getName(), d.getVersion(),
            runtime.createProcessInstanceQuery().processDefinitionKey(d.getKey()).count(),
            d.getHistoryTimeToLive() == null ? "not set" : d.getHistoryTimeToLive() + " days"))
        .toList();
  }
}
