/**
 * The Drools peer: the recognition and escalation rules of a subset of the built-in playbooks,
 * encoded as DRL the way a vendor without Clientele would, for side-by-side measurement.
 */
package dev.clientele.benchmarks.drools;
