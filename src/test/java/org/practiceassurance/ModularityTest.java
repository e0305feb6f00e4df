package org.practiceassurance;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  @Test
  void capabilityModulesKeepTheirBoundaries() {
    ApplicationModules.of(PracticeAssuranceApplication.class).verify();
  }
}
