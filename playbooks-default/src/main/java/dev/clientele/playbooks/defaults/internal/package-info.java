/**
 * How the built-in playbooks work: word lists, recognition, intensity, advice and rules. Not
 * exported; for this module only.
 */
package dev.clientele.playbooks.defaults.internal;
