/**
 * Deliberate violations of the core's architecture rules, so that a test can prove each rule
 * reports exactly them. Never used by anything else.
 */
package dev.clientele.core.archfixture;
