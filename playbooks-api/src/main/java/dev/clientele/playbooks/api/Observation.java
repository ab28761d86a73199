package dev.clientele.playbooks.api;

import java.util.List;
import java.util.Objects;

/**
 * A behaviour pattern seen in this interaction, with how sure the playbook is and why.
 * It describes behaviour in one interaction, never a verdict on the person.
 *
 * @param pattern    a built-in id from {@link PatternIds} or a namespaced vendor id
 * @param confidence in [0, 1]
 * @param evidence   the turns and words behind it; at least one; immutable
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Observation(String pattern, double confidence, List<Evidence> evidence) {

    public Observation {
        if (!PatternIds.isValid(pattern)) {
            throw new IllegalArgumentException("pattern must be a built-in id or namespaced like acme.outage, got " + pattern);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an observation needs at least one piece of evidence");
        }
    }

    /** An observation with one piece of evidence. */
    public static Observation of(String pattern, double confidence, int turn, String quote) {
        return new Observation(pattern, confidence, List.of(new Evidence(turn, quote)));
    }
}
