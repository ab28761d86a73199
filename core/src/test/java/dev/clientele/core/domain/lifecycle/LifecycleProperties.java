package dev.clientele.core.domain.lifecycle;

import dev.clientele.core.generators.InteractionInvariants;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class LifecycleProperties {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

    private static Lifecycle in(Lifecycle.Status status) {
        return switch (status) {
            case OPEN -> new Lifecycle.Open(T);
            case WAITING_ON_CUSTOMER -> new Lifecycle.WaitingOnCustomer(T);
            case RESOLVED -> new Lifecycle.Resolved(T);
            case CLOSED -> new Lifecycle.Closed(T);
            case REOPENED -> new Lifecycle.Reopened(T);
        };
    }

    @Test
    void onlyTheLegalTransitionsExist() {
        qt().forAll(Generate.enumValues(Lifecycle.Status.class), Generate.enumValues(Lifecycle.Status.class))
                .checkAssert((from, to) -> {
                    Optional<Lifecycle> next = in(from).next(to, T.plusSeconds(60));
                    assertThat(next.isPresent()).as("%s -> %s", from, to)
                            .isEqualTo(InteractionInvariants.LEGAL.get(from).contains(to));
                    next.ifPresent(n -> {
                        assertThat(n.status()).isEqualTo(to);
                        assertThat(n.since()).isEqualTo(T.plusSeconds(60));
                    });
                });
    }
}
