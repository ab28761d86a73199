package dev.clientele.playbooks.api;

/**
 * Who said a turn.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Speaker {
    CUSTOMER("customer"), AGENT("agent"), SYSTEM("system");

    private final String id;

    Speaker(String id) {
        this.id = id;
    }

    /** The id used in the JSON contract. */
    public String id() {
        return id;
    }

    /**
     * The speaker with the given contract id.
     *
     * @throws IllegalArgumentException when {@code id} names no speaker
     */
    public static Speaker fromId(String id) {
        for (Speaker s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("must be one of customer, agent, system");
    }
}
