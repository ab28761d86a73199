/**
 * For the application layer and the engine: the {@code Interaction} aggregate, its domain events and
 * the changes its operations make.
 */
package dev.clientele.core.domain.interaction;
