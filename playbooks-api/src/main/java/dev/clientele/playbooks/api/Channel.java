package dev.clientele.playbooks.api;

/**
 * The medium of an interaction, with its id in the public contract.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Channel {
    PHONE("phone"), EMAIL("email"), CHAT("chat"), SOCIAL("social"), IN_PERSON("in-person"), OTHER("other");

    private final String id;

    Channel(String id) {
        this.id = id;
    }

    /** The id used in the JSON contract, e.g. {@code in-person}. */
    public String id() {
        return id;
    }

    /** Whether a conversation on this channel happens live, so that the first agent turn answers at once. */
    public boolean isLive() {
        return this == PHONE || this == IN_PERSON;
    }

    /**
     * The channel with the given contract id.
     *
     * @throws IllegalArgumentException when {@code id} names no channel
     */
    public static Channel fromId(String id) {
        for (Channel c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("must be one of phone, email, chat, social, in-person, other");
    }
}
