package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;

/** Zendesk ids are numbers in the API and strings in some ETL output; both become the same text. */
final class Ids {

    /** Numeric ids by value, so that ticket 9 comes before ticket 10; other ids after them, by text. */
    static final Comparator<String> ORDER = Comparator
            .comparing((String id) -> !isNumber(id))
            .thenComparing(id -> isNumber(id) ? id.length() : 0)
            .thenComparing(Comparator.naturalOrder());

    private Ids() {
    }

    /** The id as text, or null when absent, null or blank. */
    static String of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String text = node.asText().trim();
        if (node.isFloatingPointNumber() && text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean isNumber(String id) {
        return !id.isEmpty() && id.length() < 19 && id.chars().allMatch(Character::isDigit);
    }
}
