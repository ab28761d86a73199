/**
 * Inside the Zendesk importer: reading export files and mapping tickets; not exported.
 */
package dev.clientele.adapter.crm.zendesk.internal;
