package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.Diagnostic;

/**
 * Every problem the engine reports about a playbook, each with its stable anchor in
 * {@code docs/errors.md}. Renaming an anchor breaks links in users' logs, so anchors never change.
 */
public enum Problem {
    PROVIDER_FAILED("provider-failed"),
    INVALID_DESCRIPTOR("invalid-descriptor"),
    INCOMPATIBLE_API_VERSION("incompatible-api-version"),
    RESERVED_ID("reserved-id"),
    DUPLICATE_ID("duplicate-id"),
    START_FAILED("start-failed"),
    PLAYBOOK_FAILED("playbook-failed"),
    PLAYBOOK_INCOMPATIBLE("playbook-incompatible"),
    PLAYBOOK_TIMEOUT("playbook-timeout"),
    PLAYBOOK_NULL("playbook-null"),
    OVERSIZED_RESULT("oversized-result"),
    UNDECLARED_PATTERN("undeclared-pattern"),
    EVIDENCE_OUT_OF_RANGE("evidence-out-of-range"),
    NOBODY_TO_INVOLVE("nobody-to-involve"),
    PLAYBOOK_SWITCHED_OFF("playbook-switched-off"),
    HOST_BUSY("host-busy");

    private final String anchor;

    Problem(String anchor) {
        this.anchor = anchor;
    }

    /** The anchor of this problem's section in {@code docs/errors.md}. */
    public String anchor() {
        return anchor;
    }

    /** A diagnostic for {@code playbook} whose one-line problem ends with the link to its explanation. */
    public Diagnostic about(String playbook, String what) {
        return new Diagnostic(playbook, what + " (see docs/errors.md#" + anchor + ")");
    }
}
