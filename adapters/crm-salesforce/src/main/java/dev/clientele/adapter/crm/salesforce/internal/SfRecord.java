package dev.clientele.adapter.crm.salesforce.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One sObject record of an export, without its nested children.
 *
 * @param type        the sObject type from {@code attributes.type}, such as {@code Case}
 * @param id          the Salesforce {@code Id}; null in {@code sf data tree} files
 * @param referenceId the tree file's {@code attributes.referenceId}; null in query results
 * @param fields      the record's own fields
 * @param file        the file it came from, for problem reports
 */
record SfRecord(String type, String id, String referenceId, ObjectNode fields, String file) {

    /** The id problems and links use: the Salesforce Id, else the reference id. */
    String key() {
        return id != null ? id : referenceId;
    }

    /** The trimmed text of a field, or null when absent, null, blank or not a value. */
    String text(String field) {
        JsonNode node = fields.path(field);
        if (!node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().trim();
        return text.isEmpty() ? null : text;
    }

    boolean flag(String field) {
        JsonNode node = fields.path(field);
        return node.isBoolean() ? node.booleanValue() : "true".equalsIgnoreCase(node.asText());
    }

    /** {@code Case 5003X000001} or {@code Case CaseRef1}, as problems name a record. */
    String describe() {
        return type + " " + key();
    }
}
