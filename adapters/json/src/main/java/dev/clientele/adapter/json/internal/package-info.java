/**
 * Not for callers: Jackson configuration, bounded line reading and the translation of Jackson's
 * problems into JSON-pointer violations.
 */
package dev.clientele.adapter.json.internal;
