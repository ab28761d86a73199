/**
 * Zendesk Support exports to {@code clientele.interaction/v1}: tickets, comments, users,
 * organizations and memberships, as API responses, JSON Lines or ETL envelopes.
 */
module dev.clientele.adapter.crm.zendesk {
    requires transitive dev.clientele.adapter.json;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.clientele.adapter.crm.zendesk;
}
