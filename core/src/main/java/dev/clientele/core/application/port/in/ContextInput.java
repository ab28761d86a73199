package dev.clientele.core.application.port.in;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * What surrounds the interaction, at the boundary.
 *
 * @param queueWaiting     people waiting in the queue now
 * @param previousContacts earlier contacts about the same matter
 */
public record ContextInput(@PositiveOrZero int queueWaiting, @PositiveOrZero int previousContacts) {
}
