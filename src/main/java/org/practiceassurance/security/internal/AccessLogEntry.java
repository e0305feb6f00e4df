package org.practiceassurance.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in or sign-out. Never updated or deleted. */
@Entity
@Table(name = "access_log")
class AccessLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 100)
  private String username;

  @Column(nullable = false, length = 40)
  private String event;

  @Column(length = 500)
  private String detail;

  protected AccessLogEntry() {}

  AccessLogEntry(Instant occurredAt, String username, String event, String detail) {
    this.occurredAt = occurredAt;
    this.username = username;
    this.event = event;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String username() {
    return username;
  }

  String event() {
    return event;
  }
}
