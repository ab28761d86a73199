/**
 * For CRM importers and their callers: what an import produced, record by record, and what it could not map.
 */
package dev.clientele.adapter.json.imports;
