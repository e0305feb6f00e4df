package org.practiceassurance.dipsample.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A dip-sample theme. Its code is chosen by a person, so it is {@link Persistable}: a new theme is
 * inserted (and a duplicate code fails on the primary key) rather than merged into an existing one.
 */
@Entity
@Table(name = "dip_theme")
class DipTheme implements Persistable<String> {

  @Id
  @Column(length = 40)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 2000)
  private String description;

  @Transient
  private boolean isNew;

  protected DipTheme() {}

  DipTheme(String code, String name, String description) {
    this.code = code;
    this.name = name;
    this.description = description;
    this.isNew = true;
  }

  @PostLoad
  @PostPersist
  void stored() {
    isNew = false;
  }

  @Override
  public String getId() {
    return code;
  }

  @Override
  public boolean isNew() {
    return isNew;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }
}
