package org.practiceassurance.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code pa.camunda.rest.enabled=false} (env {@code PA_CAMUNDA_REST_ENABLED}) removes Camunda's
 * REST API entirely: its auto-configuration is excluded, so no {@code /engine-rest} servlet exists.
 * (The Cockpit/Admin webapp has Camunda's own switch, {@code camunda.bpm.webapp.enabled}.)
 */
public class CamundaRestSwitch implements EnvironmentPostProcessor {

  static final String REST_AUTO_CONFIGURATION =
      "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Binder binder = Binder.get(environment);
    if (binder.bind("pa.camunda.rest.enabled", Boolean.class).orElse(true)) {
      return;
    }
    List<String> excludes = new ArrayList<>(
        binder.bind("spring.autoconfigure.exclude", String[].class).map(List::of).orElse(List.of()));
    excludes.add(REST_AUTO_CONFIGURATION);
    environment.getPropertySources().addFirst(new MapPropertySource("pa-camunda-rest-switch",
        Map.of("spring.autoconfigure.exclude", String.join(",", excludes))));
  }
}
