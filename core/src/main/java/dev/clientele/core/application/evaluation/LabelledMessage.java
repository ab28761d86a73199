package dev.clientele.core.application.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One customer message whose patterns people agreed on, the unit of a labelled set.
 *
 * @param id              the message's id in the set; not blank
 * @param language        {@code pl} or {@code en}; null to let the engine detect it
 * @param text            what the customer wrote; not blank
 * @param patterns        the patterns the annotators saw; empty for none; immutable, without duplicates
 * @param wantsEscalation whether the customer asked to be passed to someone above the agent
 * @param replyingTo      the brand's message the customer answered; null when there was none
 * @param source          where the message comes from (a data set's name), for scores per source; null when unknown
 */
public record LabelledMessage(String id, String language, String text, List<String> patterns,
                             boolean wantsEscalation, String replyingTo, String source) {

    /** A message whose source is unknown. */
    public LabelledMessage(String id, String language, String text, List<String> patterns,
                           boolean wantsEscalation, String replyingTo) {
        this(id, language, text, patterns, wantsEscalation, replyingTo, null);
    }

    public LabelledMessage {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a labelled message needs an id");
        }
        if (language != null && !language.equals("pl") && !language.equals("en")) {
            throw new IllegalArgumentException("language of " + id + " must be pl, en or absent, got " + language);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text of " + id + " must not be blank");
        }
        patterns = List.copyOf(Objects.requireNonNull(patterns, "patterns"));
        if (patterns.stream().distinct().count() != patterns.size()) {
            throw new IllegalArgumentException("patterns of " + id + " must not repeat, got " + patterns);
        }
        if (replyingTo != null && replyingTo.isBlank()) {
            replyingTo = null;
        }
        if (source != null && source.isBlank()) {
            source = null;
        }
    }
}
