/**
 * For the domain and the engine: what was said in an interaction, turn by turn, and what surrounds it.
 */
package dev.clientele.core.domain.conversation;
