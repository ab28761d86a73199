package dev.clientele.core.domain.sla;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A reading of the first-response clock at one instant.
 *
 * @param due    when the first response falls due, given what is known at the reading
 * @param at     when the first response came, if it came by the reading
 * @param status {@link ClockStatus#PENDING}, {@link ClockStatus#MET} or {@link ClockStatus#BREACHED}
 */
public record FirstResponse(Instant due, Optional<Instant> at, ClockStatus status) {

    public FirstResponse {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        if (status != ClockStatus.PENDING && status != ClockStatus.MET && status != ClockStatus.BREACHED) {
            throw new IllegalArgumentException("a first response is pending, met or breached");
        }
        if (status == ClockStatus.MET && at.isEmpty()) {
            throw new IllegalArgumentException("a met first response has the time it came");
        }
    }
}
