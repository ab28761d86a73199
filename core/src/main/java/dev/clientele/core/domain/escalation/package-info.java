/**
 * For the domain and the engine: escalation records and the escalation policy, whose rules are named
 * functions returning decisions.
 */
package dev.clientele.core.domain.escalation;
