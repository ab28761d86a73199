package dev.clientele.core.domain.sla;

/** The state of a service-level clock at one instant. */
public enum ClockStatus {
    /** Still running; not yet due. */
    PENDING,
    /** The first response came in time. */
    MET,
    /** The first response did not come in time. */
    BREACHED,
    /** The promise was kept in time. */
    KEPT,
    /** The promise fell due without being kept. */
    BROKEN
}
