package dev.clientele.core.archfixture.domain;

import dev.clientele.playbooks.api.Speaker;

import java.time.Instant;

/** Follows every rule: depends on the JDK and the playbooks API only. */
public record CleanTurn(Speaker from, Instant at) {
}
