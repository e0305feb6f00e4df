package org.practiceassurance.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Everything in processes/ is deployed, and the engine is configured as the platform promises. */
@SpringBootTest
class DeployedProcessesTest {

  @Autowired ProcessEngine engine;

  @Test
  void everyModelInProcessesFolderIsDeployedWithAHistoryTimeToLive() throws Exception {
    List<String> modelFiles;
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      modelFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn")).toList();
    }
    List<ProcessDefinition> deployed = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();

    assertThat(modelFiles).isNotEmpty();
    assertThat(deployed).extracting(d -> Path.of(d.getResourceName()).getFileName().toString())
        .containsAll(modelFiles);
    assertThat(deployed).allSatisfy(d -> assertThat(d.getHistoryTimeToLive())
        .as("history time-to-live of %s", d.getKey()).isNotNull().isPositive());
  }

  @Test
  void javaSerialisedVariablesAndQueryExpressionsAreSwitchedOff() {
    var config = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(config.isJavaSerializationFormatEnabled()).isFalse();
    assertThat(config.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(config.isEnableExpressionsInStoredQueries()).isFalse();
  }
}
