package dev.clientele.training;

import java.util.Map;
import java.util.Set;

/**
 * One customer turn to learn from.
 *
 * @param group    what must stay in one fold: the message, or the whole conversation
 * @param source   the labelled set's source, or {@code corpus} for the project's own conversations
 * @param language {@code pl} or {@code en}
 * @param domain   the conversation's domain; {@code messages} for the labelled messages
 * @param features the turn's features
 * @param labels   the patterns the turn shows
 * @param conversationLabels the patterns its whole conversation shows
 */
record Example(String group, String source, String language, String domain, Map<String, Double> features,
               Set<String> labels, Set<String> conversationLabels) {
}
