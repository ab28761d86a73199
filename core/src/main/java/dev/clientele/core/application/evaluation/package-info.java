/**
 * Measuring recognition against labelled messages: for hosts, the command line's {@code eval}
 * and the quality tests that hold the built-in playbooks to their targets.
 */
package dev.clientele.core.application.evaluation;
