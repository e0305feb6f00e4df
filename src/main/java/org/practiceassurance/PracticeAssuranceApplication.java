package org.practiceassurance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Practice Assurance: quality assurance of children's social work, on Camunda 7 and Vaadin. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PracticeAssuranceApplication {

  public static void main(String[] args) {
    SpringApplication.run(PracticeAssuranceApplication.class, args);
  }
}
