/**
 * Value types that hosts and playbooks exchange: the read-only view of an interaction and what a
 * playbook reports about it. For playbook authors and hosts alike.
 */
package dev.clientele.playbooks.api;
