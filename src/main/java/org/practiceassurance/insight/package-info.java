/**
 * Insight: whether practice is improving, without a spreadsheet. Dashboards ({@link
 * org.practiceassurance.insight.Dashboards}: audit grades per month against the targets, moderation
 * and auditor competency, actions, Cases of Concern, dip-sample compliance over successive runs),
 * each figure with the list behind it; team triangulation with a team RAG from the {@code team-rag}
 * decision table; the monthly QA report (drafted, published as immutable versions, as HTML and PDF);
 * CSV exports of audits, actions, dip-sample results and both registers.
 *
 * <p>The module is a read model: it aggregates the other modules' tables in SQL, read only
 * (docs/adr/0013-insight-read-model.md), and narrows every query to the viewer's scope.
 */
package org.practiceassurance.insight;
