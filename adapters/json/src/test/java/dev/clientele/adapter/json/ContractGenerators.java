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
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Role;
import org.quicktheories.core.Gen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/** Generators of valid contract documents, including texts with quotes, escapes and non-Latin letters. */
final class ContractGenerators {

    private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(1, 40)
            .map(s -> s.isBlank() ? s + "x" : s);
    private static final Gen<String> ID = strings().betweenCodePoints('!', '~').ofLengthBetween(1, 20);
    private static final Gen<String> POLISH = pick(List.of("Dzień dobry", "Chcę rozmawiać z kierownikiem!",
            "\"cytat\" i \\ ukośnik", "żółć gęślą jaźń", "emoji 😠 ok", "line\nbreak\ttab"));
    private static final Gen<Instant> INSTANTS = longs().between(0, 4_102_444_800L).zip(integers().between(0, 999_999_999),
            Instant::ofEpochSecond);

    private ContractGenerators() {
    }

    static Gen<InteractionInput> interactions() {
        return in -> {
            int turns = integers().between(1, 6).generate(in);
            Instant at = INSTANTS.generate(in);
            List<TurnInput> list = new ArrayList<>();
            for (int i = 0; i < turns; i++) {
                at = at.plusSeconds(integers().between(0, 3600).generate(in));
                list.add(new TurnInput(at, pick(List.of("customer", "agent", "system")).generate(in),
                        booleans().all().generate(in) ? TEXT.generate(in) : POLISH.generate(in)));
            }
            boolean withAccount = booleans().all().generate(in);
            return new InteractionInput(ID.generate(in),
                    pick(List.of("phone", "email", "chat", "social", "in-person", "other")).generate(in),
                    optional(pick(List.of("pl", "en"))).generate(in),
                    party().generate(in),
                    withAccount ? new AccountInput(ID.generate(in), optional(TEXT).generate(in), optional(TEXT).generate(in),
                            optional(contacts()).generate(in)) : null,
                    booleans().all().generate(in) ? new ContextInput(integers().between(0, 500).generate(in),
                            integers().between(0, 50).generate(in)) : null,
                    list,
                    booleans().all().generate(in) ? at.plusSeconds(60) : null);
        };
    }

    static Gen<Assessment> assessments() {
        return in -> {
            boolean escalate = booleans().all().generate(in);
            EscalationAdvice escalation = escalate
                    ? EscalationAdvice.to(pick(List.of(EscalationLevel.values())).generate(in),
                    listOf(pick(List.of(EscalationReason.values())), 1, 3).generate(in))
                    : EscalationAdvice.NONE;
            Optional<ServiceLevels.FirstResponse> first = booleans().all().generate(in)
                    ? Optional.of(new ServiceLevels.FirstResponse(INSTANTS.generate(in),
                    booleans().all().generate(in) ? Optional.of(INSTANTS.generate(in)) : Optional.empty(),
                    pick(List.of(ServiceLevels.ClockStatus.PENDING, ServiceLevels.ClockStatus.MET,
                            ServiceLevels.ClockStatus.BREACHED)).generate(in)))
                    : Optional.empty();
            return new Assessment(ID.generate(in), pick(List.of("pl", "en")).generate(in), INSTANTS.generate(in),
                    listOf(observation(), 0, 4).generate(in),
                    new Intensity(doubles().between(0, 1).generate(in), pick(List.of(Intensity.Trend.values())).generate(in)),
                    listOf(advice(), 0, 4).generate(in),
                    escalation,
                    listOf(in2 -> new PartyToInvolve(ID.generate(in2), pick(List.of(Role.values())).generate(in2),
                            pick(List.of("contract-change", "cancellation")).generate(in2)), 0, 2).generate(in),
                    new ServiceLevels(first, listOf(in2 -> new ServiceLevels.CommitmentClock(
                            pick(List.of("callback", "update")).generate(in2), integers().between(0, 30).generate(in2),
                            INSTANTS.generate(in2), pick(List.of(ServiceLevels.ClockStatus.PENDING,
                            ServiceLevels.ClockStatus.KEPT, ServiceLevels.ClockStatus.BROKEN)).generate(in2)), 0, 3).generate(in)),
                    listOf(in2 -> new Diagnostic(ID.generate(in2), TEXT.generate(in2)), 0, 2).generate(in));
        };
    }

    private static Gen<Observation> observation() {
        return in -> new Observation(pick(PatternIds.BUILT_IN).generate(in), doubles().between(0, 1).generate(in),
                listOf(in2 -> new Evidence(integers().between(0, 40).generate(in2), POLISH.generate(in2)), 1, 3).generate(in));
    }

    private static Gen<Advice> advice() {
        return in -> new Advice(pick(List.of(Recommendation.Kind.values())).generate(in),
                pick(List.of("nervous.justified-questions", "impatient.time-frame", "general.listen")).generate(in),
                pick(List.of("clientele-default", "acme.outage")).generate(in), POLISH.generate(in),
                listOf(pick(PatternIds.BUILT_IN), 1, 2).generate(in));
    }

    private static Gen<PartyInput> party() {
        return in -> new PartyInput(ID.generate(in), optional(TEXT).generate(in),
                optional(listOf(pick(List.of("end-user", "payer", "decision-maker", "internal")), 0, 3)
                        .map(roles -> List.copyOf(new java.util.LinkedHashSet<>(roles)))).generate(in));
    }

    /** Contacts with distinct ids, as the contract requires. */
    private static Gen<List<PartyInput>> contacts() {
        return listOf(party(), 0, 3).map(parties -> {
            java.util.Map<String, PartyInput> byId = new java.util.LinkedHashMap<>();
            parties.forEach(p -> byId.putIfAbsent(p.id(), p));
            return List.copyOf(byId.values());
        });
    }

    static <T> Gen<T> pick(List<T> values) {
        return in -> values.get(integers().between(0, values.size() - 1).generate(in));
    }

    private static <T> Gen<T> optional(Gen<T> gen) {
        return in -> booleans().all().generate(in) ? gen.generate(in) : null;
    }

    private static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
        return in -> {
            int size = integers().between(min, max).generate(in);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.generate(in));
            }
            return list;
        };
    }
}
