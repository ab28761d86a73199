/**
 * An example integration: rank imported Zendesk tickets by how urgently they need escalation.
 */
package com.example.crm;
