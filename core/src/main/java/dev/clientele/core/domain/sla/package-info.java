/**
 * For the domain and the engine: service-level clocks (first response, commitments), business-hours
 * calendars and pauses, each evaluated at an {@code asOf} instant.
 */
package dev.clientele.core.domain.sla;
