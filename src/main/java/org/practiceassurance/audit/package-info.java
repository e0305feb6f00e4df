/**
 * Audit: case-file audits of children's social work. For now the first step only: a quality manager
 * starts an audit of one child's file and it is offered to the auditors.
 */
package org.practiceassurance.audit;
