/**
 * Performance indicators: the catalogue ({@link org.practiceassurance.indicator.Indicator}: name,
 * unit, direction, target, amber and red thresholds; shipped by migration V9), monthly values per
 * team imported from the case management system's report exports and rolled up per service and
 * locality, and child-level exception lists (children not seen within timescale, assessments over 45
 * days, CP plans over 18 months) linked to the roster. The RAG rule is on {@link
 * org.practiceassurance.indicator.Indicator#rag(double)} and in docs/adr/0010-indicator-rag.md.
 *
 * <p>Other modules (performance surgeries) read through {@link
 * org.practiceassurance.indicator.Indicators}: {@code series} and {@code exceptions} take an explicit
 * scope and leave it to the caller to decide who may see what ({@code canSee} and {@code
 * scopesVisibleTo} apply {@code OrganisationScope}). Quality managers and administrators import the
 * two CSV formats on the {@code indicators} screen or by REST ({@code POST /api/indicators/values},
 * {@code POST /api/indicators/exceptions}); each import is one transaction, every bad row is reported
 * with its line and why, and importing the same file again changes nothing.
 */
package org.practiceassurance.indicator;
