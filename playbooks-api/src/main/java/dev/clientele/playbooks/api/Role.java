package dev.clientele.playbooks.api;

/**
 * A role a person holds towards an account (the paying client), or towards us.
 * Entitlements come from the payer; conversation tactics from the person on the line;
 * decisions that bind the contract need the payer or a decision-maker.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum Role {
    /** Uses the product and talks to support. */
    END_USER("end-user"),
    /** Signs and pays. */
    PAYER("payer"),
    /** May take decisions that bind the contract. */
    DECISION_MAKER("decision-maker"),
    /** Not a customer yet; has no account. */
    PROSPECT("prospect"),
    /** A colleague from another department. */
    INTERNAL("internal");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    /** The id used in the JSON contract, e.g. {@code decision-maker}. */
    public String id() {
        return id;
    }

    /** Whether this role may take decisions that bind the account's contract. */
    public boolean bindsContract() {
        return this == PAYER || this == DECISION_MAKER;
    }

    /**
     * The role with the given contract id.
     *
     * @throws IllegalArgumentException when {@code id} names no role
     */
    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("must be one of end-user, payer, decision-maker, prospect, internal");
    }
}
