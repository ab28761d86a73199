package dev.clientele.playbooks.api;

/**
 * What surrounds the interaction.
 *
 * @param queueWaiting     people waiting in the queue now
 * @param previousContacts earlier contacts about the same matter
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ContextView(int queueWaiting, int previousContacts) {

    /** No queue and no earlier contact. */
    public static final ContextView NONE = new ContextView(0, 0);

    public ContextView {
        if (queueWaiting < 0 || previousContacts < 0) {
            throw new IllegalArgumentException("queueWaiting and previousContacts must not be negative");
        }
    }
}
