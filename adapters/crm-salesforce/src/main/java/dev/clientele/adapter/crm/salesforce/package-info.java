/**
 * For integrators: turn a Salesforce export into interactions with {@link dev.clientele.adapter.crm.salesforce.SalesforceImport}.
 */
package dev.clientele.adapter.crm.salesforce;
