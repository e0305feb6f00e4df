package org.practiceassurance.casefile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.practiceassurance.casefile.OrgService;

/** A service; seeded by the V2 migration, never created by an import. */
@Entity
@Table(name = "org_service")
public class OrgServiceEntity {

  @Id
  @Column(length = 10)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  protected OrgServiceEntity() {}

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OrgService toOrgService() {
    return new OrgService(code, name);
  }
}
