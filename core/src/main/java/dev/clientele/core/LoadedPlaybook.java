package dev.clientele.core;

import dev.clientele.playbooks.spi.PlaybookDescriptor;

import java.util.Objects;

/**
 * A playbook the engine loaded and started.
 *
 * @param descriptor what it is and may report
 * @param source     where it came from: a jar's path, {@code class path}, {@code module <name>} or {@code given instance}
 */
public record LoadedPlaybook(PlaybookDescriptor descriptor, String source) {

    public LoadedPlaybook {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(source, "source");
    }
}
