/**
 * Monitoring (R10 of the domain): the counts the policy follows, from a problem, a result and the
 * decisions taken, as canonical JSON and tidy CSV. Entry point: {@link
 * nl.stagematch.variants.monitoring.MonitoringReport}. The report holds counts only, never an id.
 * Parameters and return values are non-null unless documented otherwise.
 */
package nl.stagematch.variants.monitoring;
