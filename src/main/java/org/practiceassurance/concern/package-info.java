/**
 * Concern: the Cases of Concern register ("children requiring attention"). A child found at risk
 * in any audit, dip sample or surgery goes on it at once and stays, with the responsible manager,
 * until the risk is resolved. Nothing is ever deleted.
 */
package org.practiceassurance.concern;
