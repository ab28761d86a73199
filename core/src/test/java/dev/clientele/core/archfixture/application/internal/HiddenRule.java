package dev.clientele.core.archfixture.application.internal;

/** An internal detail that a port must not expose. */
public record HiddenRule(String name) {
}
