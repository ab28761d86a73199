/**
 * The engine's machinery, never exported: playbook discovery, isolation, merging and the
 * per-turn analysis cache. Only {@link dev.clientele.core.Clientele} uses it.
 */
package dev.clientele.core.internal.engine;
