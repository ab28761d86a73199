/**
 * For hosts that keep interactions: the application services behind the in-ports that change them.
 */
package dev.clientele.core.application;
