/**
 * Workflow: the thin seam to Camunda. Task lists, claiming and completing, for the person signed
 * in and only within their candidate groups (their realm roles).
 */
package org.practiceassurance.workflow;
