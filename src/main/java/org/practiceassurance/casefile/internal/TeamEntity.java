package org.practiceassurance.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.practiceassurance.casefile.Team;

/** A team, created and kept up to date from the roster rows. */
@Entity
@Table(name = "team")
public class TeamEntity {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "service_code", nullable = false, length = 10)
  private String serviceCode;

  @Column(length = 60)
  private String locality;

  @Column(name = "manager_username", length = 100)
  private String managerUsername;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected TeamEntity() {}

  TeamEntity(String code, String name, String serviceCode, String locality, String managerUsername, Instant now) {
    this.code = code;
    this.name = name;
    this.serviceCode = serviceCode;
    this.locality = locality;
    this.managerUsername = managerUsername;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the roster's locality and manager when it names them; true if anything changed. */
  boolean refresh(String newLocality, String newManager, Instant now) {
    boolean changed = false;
    if (newLocality != null && !newLocality.equals(locality)) {
      locality = newLocality;
      changed = true;
    }
    if (newManager != null && !Objects.equals(newManager, managerUsername)) {
      managerUsername = newManager;
      changed = true;
    }
    if (changed) {
      updatedAt = now;
    }
    return changed;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String serviceCode() {
    return serviceCode;
  }

  public String locality() {
    return locality;
  }

  public String managerUsername() {
    return managerUsername;
  }

  public Team toTeam() {
    return new Team(code, name, serviceCode, locality, managerUsername);
  }
}
