/**
 * How the standard text analyser works inside; not exported, so nothing outside this module depends on it.
 */
package dev.clientele.adapter.text.internal;
