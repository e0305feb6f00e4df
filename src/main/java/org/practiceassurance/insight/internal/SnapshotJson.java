package org.practiceassurance.insight.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.practiceassurance.insight.QaReportFigures;
import org.springframework.stereotype.Component;

/**
 * A report's figures as JSON text (Jackson; never Java serialisation), with a mapper of its own so
 * that a change to the application's JSON settings never changes how stored snapshots read. Fields
 * a later format adds read as null from older snapshots; fields it drops are ignored.
 */
@Component
public class SnapshotJson {

  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  public String write(QaReportFigures figures) {
    try {
      return mapper.writeValueAsString(figures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The report's figures could not be written as JSON", e);
    }
  }

  public QaReportFigures read(String json) {
    try {
      return mapper.readValue(json, QaReportFigures.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored report snapshot could not be read", e);
    }
  }
}
