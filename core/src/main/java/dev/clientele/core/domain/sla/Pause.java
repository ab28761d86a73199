package dev.clientele.core.domain.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A period in which service-level clocks stand still, such as waiting on the customer.
 *
 * @param from  when the clock stopped
 * @param until when it ran again; after {@code from}
 */
public record Pause(Instant from, Instant until) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a pause ends after it starts");
        }
    }

    /** {@code pauses} cut off at {@code limit}, sorted, with overlapping or touching pauses merged. */
    public static List<Pause> normalised(List<Pause> pauses, Instant limit) {
        List<Pause> sorted = pauses.stream()
                .filter(p -> p.from().isBefore(limit))
                .map(p -> p.until().isAfter(limit) ? new Pause(p.from(), limit) : p)
                .sorted(Comparator.comparing(Pause::from))
                .toList();
        List<Pause> merged = new ArrayList<>();
        for (Pause p : sorted) {
            if (!merged.isEmpty() && !p.from().isAfter(merged.get(merged.size() - 1).until())) {
                Pause last = merged.remove(merged.size() - 1);
                merged.add(new Pause(last.from(), p.until().isAfter(last.until()) ? p.until() : last.until()));
            } else {
                merged.add(p);
            }
        }
        return List.copyOf(merged);
    }
}
