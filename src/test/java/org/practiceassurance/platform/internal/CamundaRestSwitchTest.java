package org.practiceassurance.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class CamundaRestSwitchTest {

  private final CamundaRestSwitch restSwitch = new CamundaRestSwitch();

  @Test
  void switchedOffTheRestAutoConfigurationIsExcludedBesideExistingExclusions() {
    MockEnvironment env = new MockEnvironment()
        .withProperty("pa.camunda.rest.enabled", "false")
        .withProperty("spring.autoconfigure.exclude", "com.example.SomethingElse");

    restSwitch.postProcessEnvironment(env, new SpringApplication());

    assertThat(env.getProperty("spring.autoconfigure.exclude"))
        .contains("com.example.SomethingElse").contains(CamundaRestSwitch.REST_AUTO_CONFIGURATION);
  }

  @Test
  void byDefaultNothingIsExcluded() {
    MockEnvironment env = new MockEnvironment();

    restSwitch.postProcessEnvironment(env, new SpringApplication());

    assertThat(env.getProperty("spring.autoconfigure.exclude")).isNull();
  }
}
