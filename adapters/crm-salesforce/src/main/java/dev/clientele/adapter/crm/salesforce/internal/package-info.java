/**
 * Inside the Salesforce importer: reading export files, resolving links and mapping cases; not exported.
 */
package dev.clientele.adapter.crm.salesforce.internal;
