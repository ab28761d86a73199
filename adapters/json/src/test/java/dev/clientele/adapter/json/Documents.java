package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.Advice;
import dev.clientele.core.application.port.in.Assessment;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.Diagnostic;
import dev.clientele.core.application.port.in.EscalationAdvice;
import dev.clientele.core.application.port.in.Intensity;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.PartyToInvolve;
import dev.clientele.core.application.port.in.ServiceLevels;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test data: the contract's two example documents, as text and as records. */
final class Documents {

    static final String INTERACTION = """
            {
              "id": "case-4711",
              "channel": "phone",
              "language": "pl",
              "requester": { "id": "u-17", "name": "Anna Nowak", "roles": ["end-user"] },
              "account": {
                "id": "acme", "name": "ACME sp. z o.o.", "tier": "premium",
                "contacts": [ { "id": "u-2", "name": "Jan Kowalski", "roles": ["payer", "decision-maker"] } ]
              },
              "context": { "queueWaiting": 14, "previousContacts": 3 },
              "turns": [
                { "at": "2026-03-02T09:15:00Z", "from": "customer", "text": "Dzień dobry, nie działa mi faktura." },
                { "at": "2026-03-02T09:21:00Z", "from": "agent", "text": "Dzień dobry, już sprawdzam." }
              ],
              "asOf": "2026-03-02T09:30:00Z"
            }
            """;

    static InteractionInput interaction() {
        return new InteractionInput("case-4711", "phone", "pl",
                new PartyInput("u-17", "Anna Nowak", List.of("end-user")),
                new AccountInput("acme", "ACME sp. z o.o.", "premium",
                        List.of(new PartyInput("u-2", "Jan Kowalski", List.of("payer", "decision-maker")))),
                new ContextInput(14, 3),
                List.of(new TurnInput(Instant.parse("2026-03-02T09:15:00Z"), "customer", "Dzień dobry, nie działa mi faktura."),
                        new TurnInput(Instant.parse("2026-03-02T09:21:00Z"), "agent", "Dzień dobry, już sprawdzam.")),
                Instant.parse("2026-03-02T09:30:00Z"));
    }

    static Assessment assessment() {
        return new Assessment("case-4711", "pl", Instant.parse("2026-03-02T09:30:00Z"),
                List.of(Observation.of("nervous", 0.86, 0, "chcę rozmawiać z kierownikiem")),
                new Intensity(0.72, Intensity.Trend.FALLING),
                List.of(new Advice(Recommendation.Kind.ASK, "nervous.justified-questions", "clientele-default",
                        "Zadaj spokojne pytania i powiedz, po co każde z nich.", List.of("nervous"))),
                EscalationAdvice.to(EscalationLevel.SUPERVISOR, List.of(EscalationReason.CUSTOMER_REQUEST)),
                List.of(new PartyToInvolve("u-2", Role.PAYER, "contract-change")),
                new ServiceLevels(Optional.of(new ServiceLevels.FirstResponse(Instant.parse("2026-03-02T09:25:00Z"),
                        Optional.of(Instant.parse("2026-03-02T09:21:00Z")), ServiceLevels.ClockStatus.MET)),
                        List.of(new ServiceLevels.CommitmentClock("callback", 1, Instant.parse("2026-03-02T09:36:00Z"),
                                ServiceLevels.ClockStatus.PENDING))),
                List.of(new Diagnostic("acme.outage", "timed out after 50 ms; skipped")));
    }

    private Documents() {
    }
}
