/**
 * The built-in playbooks, for hosts that list or configure them by class; everything else lives
 * in the unexported {@code internal} package.
 */
package dev.clientele.playbooks.defaults;
