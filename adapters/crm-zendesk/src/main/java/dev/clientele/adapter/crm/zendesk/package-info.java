/**
 * For integrators: turn a Zendesk Support export into interactions with {@link dev.clientele.adapter.crm.zendesk.ZendeskImport}.
 */
package dev.clientele.adapter.crm.zendesk;
