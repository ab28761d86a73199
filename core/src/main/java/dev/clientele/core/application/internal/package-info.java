/**
 * For the core itself: validation of boundary input and commands, and mapping of validated input
 * into the domain. Not exported; the JSON pointers it produces are part of the public contract.
 */
package dev.clientele.core.application.internal;
