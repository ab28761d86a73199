package dev.clientele.playbooks.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One piece of advice for the agent.
 *
 * @param kind      what sort of advice it is
 * @param tactic    a stable id of the tactic, such as {@code nervous.justified-questions}; lower case, dot-separated
 * @param text      the advice in the interaction's language; not blank
 * @param because   the pattern ids or rule ids behind it; at least one; immutable
 * @param priority  higher comes first when the host orders advice; in [0, 100]
 * @param overrides for an {@link Kind#AVOID}: tactic ids that this advice contradicts, which the host then drops; immutable
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Recommendation(Kind kind, String tactic, String text, List<String> because, int priority,
                             Set<String> overrides) {

    /** What sort of advice it is. */
    @Api(status = Api.Status.STABLE, since = "0.1")
    public enum Kind {
        SAY("say"), ASK("ask"), DO("do"), AVOID("avoid"), ESCALATE("escalate"), FOLLOW_UP("follow-up");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The id used in the JSON contract. */
        public String id() {
            return id;
        }

        /**
         * The kind with the given contract id.
         *
         * @throws IllegalArgumentException when {@code id} names no kind
         */
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("must be one of say, ask, do, avoid, escalate, follow-up");
        }
    }

    private static final Pattern TACTIC = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    public Recommendation {
        Objects.requireNonNull(kind, "kind");
        if (tactic == null || !TACTIC.matcher(tactic).matches()) {
            throw new IllegalArgumentException("tactic must be lower-case words joined by dots, got " + tactic);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("recommendation text must not be blank");
        }
        because = List.copyOf(because);
        if (because.isEmpty()) {
            throw new IllegalArgumentException("a recommendation names at least one pattern or rule behind it");
        }
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("priority must be in [0, 100], got " + priority);
        }
        overrides = Set.copyOf(overrides);
        if (!overrides.isEmpty() && kind != Kind.AVOID) {
            throw new IllegalArgumentException("only an avoid recommendation may override other tactics");
        }
    }

    /** Advice with no overrides. */
    public static Recommendation of(Kind kind, String tactic, String text, int priority, String... because) {
        return new Recommendation(kind, tactic, text, List.of(because), priority, Set.of());
    }
}
