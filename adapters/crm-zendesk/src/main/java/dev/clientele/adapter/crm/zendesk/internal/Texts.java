package dev.clientele.adapter.crm.zendesk.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Text values of an export. */
final class Texts {

    private Texts() {
    }

    /** The trimmed text of a value node, or null when absent, null, blank or not a value. */
    static String orNull(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
