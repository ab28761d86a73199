package dev.clientele.core.domain.conversation;

/**
 * What surrounds an interaction.
 *
 * @param queueWaiting     people waiting in the queue now, not negative
 * @param previousContacts earlier contacts about the same matter, not negative
 */
public record Context(int queueWaiting, int previousContacts) {

    /** No queue and no earlier contact. */
    public static final Context NONE = new Context(0, 0);

    public Context {
        if (queueWaiting < 0) {
            throw new IllegalArgumentException("queueWaiting must not be negative");
        }
        if (previousContacts < 0) {
            throw new IllegalArgumentException("previousContacts must not be negative");
        }
    }
}
