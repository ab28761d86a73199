package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Recommendation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of advice in both languages, with its tactic id, kind and priority.
 *
 * @param tactic    the stable tactic id, such as {@code nervous.justified-questions}
 * @param kind      say, ask, do, avoid, escalate or follow-up
 * @param priority  in [0, 100]
 * @param en        the English text; may hold one {@code %s}
 * @param pl        the Polish text; may hold one {@code %s}
 * @param overrides for an avoid: tactics it contradicts
 */
record Line(String tactic, Recommendation.Kind kind, int priority, String en, String pl, Set<String> overrides) {

    Line {
        Objects.requireNonNull(tactic, "tactic");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(pl, "pl");
        overrides = Set.copyOf(overrides);
    }

    Line(String tactic, Recommendation.Kind kind, int priority, String en, String pl) {
        this(tactic, kind, priority, en, pl, Set.of());
    }

    /** The advice in {@code language} (Polish for {@code pl}, English otherwise). */
    Recommendation in(String language, List<String> because, Object... arguments) {
        String text = "pl".equals(language) ? pl : en;
        if (arguments.length > 0) {
            text = String.format(Locale.ROOT, text, arguments);
        }
        return new Recommendation(kind, tactic, text, because, priority, overrides);
    }
}
