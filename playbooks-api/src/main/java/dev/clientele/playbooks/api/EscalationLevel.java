package dev.clientele.playbooks.api;

/**
 * Where an interaction may be escalated: hierarchically one level at a time
 * ({@code SUPERVISOR}, then {@code MANAGER}), or functionally to expertise ({@code SPECIALIST}).
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum EscalationLevel {
    SUPERVISOR("supervisor", 1), MANAGER("manager", 2), SPECIALIST("specialist", 0);

    private final String id;
    private final int rank;

    EscalationLevel(String id, int rank) {
        this.id = id;
        this.rank = rank;
    }

    /** The id used in the JSON contract. */
    public String id() {
        return id;
    }

    /** The hierarchical rank: 1 for supervisor, 2 for manager, 0 for the functional specialist. */
    public int rank() {
        return rank;
    }

    /** Whether this is a step up the hierarchy rather than a hand-over to expertise. */
    public boolean isHierarchical() {
        return rank > 0;
    }

    /**
     * The level with the given contract id.
     *
     * @throws IllegalArgumentException when {@code id} names no level
     */
    public static EscalationLevel fromId(String id) {
        for (EscalationLevel l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("must be one of supervisor, manager, specialist");
    }
}
