/**
 * For playbook authors' tests: {@link dev.clientele.playbooks.testkit.PlaybookHarness} runs a
 * playbook like the engine does, {@link dev.clientele.playbooks.testkit.InteractionBuilder} and
 * {@link dev.clientele.playbooks.testkit.Interactions} make interactions, and
 * {@link dev.clientele.playbooks.testkit.PlaybookContract} checks every mandatory requirement.
 */
package dev.clientele.playbooks.testkit;
