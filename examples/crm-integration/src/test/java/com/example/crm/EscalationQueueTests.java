package com.example.crm;

import dev.clientele.adapter.crm.zendesk.ZendeskImport;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationQueueTests {

    private static final Instant AT = Instant.parse("2025-09-08T10:00:00Z");

    @Test
    void putsRecommendedEscalationsFirstManagerBeforeSupervisorBeforeSpecialistThenTheMoreIntenseCustomer() {
        Map<String, Assessment> canned = Map.of(
                "calm", assessment("calm", EscalationAdvice.NONE, 0.1),
                "tense", assessment("tense", EscalationAdvice.NONE, 0.6),
                "expert", assessment("expert", EscalationAdvice.to(EscalationLevel.SPECIALIST,
                        List.of(EscalationReason.NEEDS_EXPERTISE)), 0.9),
                "abuse", assessment("abuse", EscalationAdvice.to(EscalationLevel.MANAGER,
                        List.of(EscalationReason.ABUSE)), 0.7),
                "loud", assessment("loud", EscalationAdvice.to(EscalationLevel.SUPERVISOR,
                        List.of(EscalationReason.CUSTOMER_REQUEST)), 0.8),
                "quiet", assessment("quiet", EscalationAdvice.to(EscalationLevel.SUPERVISOR,
                        List.of(EscalationReason.BROKEN_COMMITMENT)), 0.2));
        List<InteractionInput> tickets = canned.keySet().stream().sorted().map(EscalationQueueTests::ticket).toList();

        List<QueueEntry> queue = new EscalationQueue(input -> canned.get(input.id())).rank(tickets);

        assertThat(queue).extracting(e -> e.interaction().id())
                .containsExactly("abuse", "loud", "quiet", "expert", "tense", "calm");
        assertThat(queue.get(0).why()).isEqualTo("escalate to manager (abuse); intensity 0.70 steady");
        assertThat(queue.get(5).why()).isEqualTo("no escalation; intensity 0.10 steady");
    }

    @Test
    void ranksTheBundledZendeskExportWithTheRealEngineSoThatTheAngryAndTheBrokenPromiseComeBeforeTheQuestion() {
        ImportResult imported = ZendeskImport.withDefaults().read(Path.of("zendesk-export"));
        assertThat(imported.problems()).isEmpty();

        List<QueueEntry> queue;
        try (Clientele clientele = Clientele.builder().build()) {
            queue = new EscalationQueue(clientele).rank(imported.interactions());
        }

        assertThat(queue).extracting(e -> e.interaction().id())
                .containsExactlyInAnyOrder("3001", "3002", "3003", "3004", "3005");
        assertThat(queue).isSortedAccordingTo(EscalationQueue.MOST_URGENT_FIRST);
        QueueEntry insults = entry(queue, "3001");
        QueueEntry brokenPromise = entry(queue, "3003");
        QueueEntry question = entry(queue, "3004");
        assertThat(insults.needsEscalation()).isTrue();
        assertThat(brokenPromise.assessment().escalation().reasons()).contains(EscalationReason.BROKEN_COMMITMENT);
        assertThat(question.needsEscalation()).isFalse();
        assertThat(queue.indexOf(insults)).isLessThan(queue.indexOf(question));
        assertThat(queue.indexOf(brokenPromise)).isLessThan(queue.indexOf(question));
        assertThat(queue.get(0).needsEscalation()).isTrue();
    }

    private static QueueEntry entry(List<QueueEntry> queue, String id) {
        return queue.stream().filter(e -> e.interaction().id().equals(id)).findFirst().orElseThrow();
    }

    private static InteractionInput ticket(String id) {
        return new InteractionInput(id, "email", "en", new PartyInput("u-" + id, null, List.of("end-user")), null, null,
                List.of(new TurnInput(AT, "customer", "Hello, about my order.")), null);
    }

    private static Assessment assessment(String id, EscalationAdvice escalation, double intensity) {
        return new Assessment(id, "en", AT, List.of(), new Intensity(intensity, Intensity.Trend.STEADY), List.of(),
                escalation, List.of(), new ServiceLevels(Optional.empty(), List.of()), List.of());
    }
}
