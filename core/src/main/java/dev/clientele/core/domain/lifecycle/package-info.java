/**
 * For the domain: the lifecycle of an interaction as types, so that only legal transitions exist.
 */
package dev.clientele.core.domain.lifecycle;
