package dev.clientele.core.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The service-level clocks of an interaction at {@code asOf}.
 *
 * @param firstResponse the first-response clock, absent when no customer turn is waiting for one
 * @param commitments   every promise the agent made, in turn order
 */
public record ServiceLevels(Optional<FirstResponse> firstResponse, List<CommitmentClock> commitments) {

    public ServiceLevels {
        Objects.requireNonNull(firstResponse, "firstResponse");
        commitments = List.copyOf(commitments);
    }

    /**
     * The first-response clock.
     *
     * @param due    when the first response falls due
     * @param at     when the first agent response came, if it did by {@code asOf}
     * @param status pending, met or breached
     */
    public record FirstResponse(Instant due, Optional<Instant> at, ClockStatus status) {
        public FirstResponse {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * A promise's clock.
     *
     * @param kind   callback, update, ...
     * @param turn   the index of the agent turn that made it
     * @param due    when it falls due
     * @param status pending, kept or broken
     */
    public record CommitmentClock(String kind, int turn, Instant due, ClockStatus status) {
        public CommitmentClock {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The state of a clock at {@code asOf}. */
    public enum ClockStatus {
        PENDING("pending"), MET("met"), BREACHED("breached"), KEPT("kept"), BROKEN("broken");

        private final String id;

        ClockStatus(String id) {
            this.id = id;
        }

        /** The id used in the JSON contract. */
        public String id() {
            return id;
        }
    }
}
