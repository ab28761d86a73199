package dev.clientele.core.domain.lifecycle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an interaction is in its life. Each state is a record offering only the transitions that
 * are legal from it:
 * <pre>
 *   Open ⇄ WaitingOnCustomer        Open, Reopened, WaitingOnCustomer → Resolved
 *   Reopened → WaitingOnCustomer    Resolved → Closed | Reopened     Closed: final
 * </pre>
 * {@link #next(Status, Instant)} gives dynamic callers the same table as a decision.
 */
public sealed interface Lifecycle {

    /** When the interaction entered this state. */
    Instant since();

    /** This state's name. */
    Status status();

    /** The interaction is worked on: it may wait for the customer or be resolved. */
    sealed interface Working extends Lifecycle {
        /** The agent waits for the customer's answer; service clocks pause. */
        default WaitingOnCustomer waitForCustomer(Instant at) {
            return new WaitingOnCustomer(at);
        }

        /** The matter is solved. */
        default Resolved resolve(Instant at) {
            return new Resolved(at);
        }
    }

    /** Being worked on, since it started. */
    record Open(Instant since) implements Working {
        public Open {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.OPEN;
        }
    }

    /** Waiting for the customer. */
    record WaitingOnCustomer(Instant since) implements Lifecycle {
        public WaitingOnCustomer {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.WAITING_ON_CUSTOMER;
        }

        /** The customer answered or the agent takes it up again. */
        public Open resume(Instant at) {
            return new Open(at);
        }

        /** The matter is solved while waiting. */
        public Resolved resolve(Instant at) {
            return new Resolved(at);
        }
    }

    /** Solved; the customer may still come back. */
    record Resolved(Instant since) implements Lifecycle {
        public Resolved {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.RESOLVED;
        }

        /** Finished for good. */
        public Closed close(Instant at) {
            return new Closed(at);
        }

        /** The customer came back about the same matter. */
        public Reopened reopen(Instant at) {
            return new Reopened(at);
        }
    }

    /** Finished for good: no transition leaves it. */
    record Closed(Instant since) implements Lifecycle {
        public Closed {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.CLOSED;
        }
    }

    /** Worked on again after it was resolved. */
    record Reopened(Instant since) implements Working {
        public Reopened {
            Objects.requireNonNull(since, "since");
        }

        @Override
        public Status status() {
            return Status.REOPENED;
        }
    }

    /**
     * The state reached by moving to {@code target} at {@code at}, or empty when the move is not legal
     * from this state.
     */
    default Optional<Lifecycle> next(Status target, Instant at) {
        Lifecycle next = null;
        if (this instanceof Working working) {
            if (target == Status.WAITING_ON_CUSTOMER) {
                next = working.waitForCustomer(at);
            } else if (target == Status.RESOLVED) {
                next = working.resolve(at);
            }
        } else if (this instanceof WaitingOnCustomer waiting) {
            if (target == Status.OPEN) {
                next = waiting.resume(at);
            } else if (target == Status.RESOLVED) {
                next = waiting.resolve(at);
            }
        } else if (this instanceof Resolved resolved) {
            if (target == Status.CLOSED) {
                next = resolved.close(at);
            } else if (target == Status.REOPENED) {
                next = resolved.reopen(at);
            }
        }
        return Optional.ofNullable(next);
    }

    /** The names of the states, with their ids. */
    enum Status {
        OPEN("open"), WAITING_ON_CUSTOMER("waiting-on-customer"), RESOLVED("resolved"), CLOSED("closed"),
        REOPENED("reopened");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        /** The id used in commands, such as {@code waiting-on-customer}. */
        public String id() {
            return id;
        }

        /**
         * The status with the given id.
         *
         * @throws IllegalArgumentException when {@code id} names no status
         */
        public static Status fromId(String id) {
            for (Status s : values()) {
                if (s.id.equals(id)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("must be one of open, waiting-on-customer, resolved, closed, reopened");
        }
    }
}
