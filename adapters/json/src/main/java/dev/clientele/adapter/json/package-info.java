/**
 * For integrators and adapters: read and write the public JSON contract ({@code clientele.interaction/v1},
 * {@code clientele.assessment/v1}), one document or JSON Lines.
 */
package dev.clientele.adapter.json;
