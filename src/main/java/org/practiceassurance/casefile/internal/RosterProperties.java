package org.practiceassurance.casefile.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Roster import settings ({@code pa.roster.*}); the defaults suit the county the product was built
 * for, so nothing needs to be configured.
 *
 * @param maxFileBytes the largest roster file accepted (default 20 MB: about 150,000 rows)
 * @param fullImportMaxCloseFraction a full import that would close more than this share of the open
 *     files is refused as a whole (default 0.5; see docs/adr/0006-roster-import.md)
 * @param localities the county's localities; a row naming another locality is rejected
 */
@ConfigurationProperties("pa.roster")
public record RosterProperties(Long maxFileBytes, Double fullImportMaxCloseFraction, List<String> localities) {

  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
  public static final List<String> DEFAULT_LOCALITIES =
      List.of("Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury");

  public RosterProperties {
    maxFileBytes = maxFileBytes == null || maxFileBytes <= 0 ? DEFAULT_MAX_FILE_BYTES : maxFileBytes;
    fullImportMaxCloseFraction = fullImportMaxCloseFraction == null ? 0.5 : fullImportMaxCloseFraction;
    localities = localities == null || localities.isEmpty() ? DEFAULT_LOCALITIES : List.copyOf(localities);
  }

  public static RosterProperties defaults() {
    return new RosterProperties(null, null, null);
  }
}
