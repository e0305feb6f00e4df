package org.practiceassurance.workflow.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.practiceassurance.workflow.SavedTaskFilter;
import org.practiceassurance.workflow.TaskSearch;
import org.practiceassurance.workflow.TaskSort;
import org.practiceassurance.workflow.TaskView;

/** A named task-list filter someone kept. */
@Entity
@Table(name = "saved_task_filter")
public class SavedTaskFilterEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String owner;

  @Column(nullable = false)
  private String name;

  @Column(name = "shared_with_role")
  private String sharedWithRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "task_view", nullable = false)
  private TaskView view;

  @Column(name = "search_text")
  private String searchText;

  @Column(name = "process_key")
  private String processKey;

  @Column(name = "team_code")
  private String teamCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskSort sort;

  @Column(nullable = false)
  private boolean descending;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SavedTaskFilterEntity() {}

  public SavedTaskFilterEntity(String owner, String name, String sharedWithRole, TaskSearch search, Instant createdAt) {
    this.owner = owner;
    this.name = name;
    this.sharedWithRole = sharedWithRole;
    this.view = search.view();
    this.searchText = search.text();
    this.processKey = search.processKey();
    this.teamCode = search.teamCode();
    this.sort = search.sort();
    this.descending = search.descending();
    this.createdAt = createdAt;
  }

  public String owner() {
    return owner;
  }

  public SavedTaskFilter toFilter() {
    return new SavedTaskFilter(id, name, owner, sharedWithRole,
        new TaskSearch(view, searchText, processKey, teamCode, sort, descending));
  }
}
