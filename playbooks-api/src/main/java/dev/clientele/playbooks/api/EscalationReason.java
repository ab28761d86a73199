package dev.clientele.playbooks.api;

/**
 * Why an interaction is escalated.
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public enum EscalationReason {
    CUSTOMER_REQUEST("customer-request", false),
    ABUSE("abuse", true),
    SLA_BREACH("sla-breach", false),
    BROKEN_COMMITMENT("broken-commitment", false),
    REPEAT_CONTACT("repeat-contact", false),
    NEEDS_EXPERTISE("needs-expertise", false),
    CONTRACT_DECISION("contract-decision", true);

    private final String id;
    private final boolean allowsSkippingLevels;

    EscalationReason(String id, boolean allowsSkippingLevels) {
        this.id = id;
        this.allowsSkippingLevels = allowsSkippingLevels;
    }

    /** The id used in the JSON contract. */
    public String id() {
        return id;
    }

    /**
     * Whether this reason, once recorded, justifies a hierarchical escalation that skips a level:
     * abuse and decisions that bind the contract may go straight to a manager.
     */
    public boolean allowsSkippingLevels() {
        return allowsSkippingLevels;
    }

    /**
     * The reason with the given contract id.
     *
     * @throws IllegalArgumentException when {@code id} names no reason
     */
    public static EscalationReason fromId(String id) {
        for (EscalationReason r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("must be one of customer-request, abuse, sla-breach, broken-commitment, "
                + "repeat-contact, needs-expertise, contract-decision");
    }
}
