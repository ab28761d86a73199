package com.example.acme.outage;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.EscalationLevel;
import dev.clientele.playbooks.api.EscalationProposal;
import dev.clientele.playbooks.api.EscalationReason;
import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.Recommendation.Kind;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookDescriptor;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises complaints about a broadband outage and advises the agent to give the status and the
 * restore estimate, and to promise a proactive call-back once service is back.
 *
 * <p>Settings (under {@code acme.outage.}): {@code status-page}, a link the agent can share.
 */
public final class OutagePlaybook implements Playbook {

    /** This playbook's id. */
    public static final String ID = "acme.outage";
    /** The pattern it reports: a customer complaining that the service is down. */
    public static final String OUTAGE_COMPLAINT = "acme.outage-complaint";
    /** Earlier contacts about the same matter from which a repeat complaint goes to a supervisor. */
    static final int REPEAT_CONTACTS = 2;

    private static final PlaybookDescriptor DESCRIPTOR = new PlaybookDescriptor(ID, "1.0.0",
            ApiVersion.CURRENT, Set.of("pl", "en"), Set.of(OUTAGE_COMPLAINT), Set.of(), 60);

    private static final Map<String, List<String>> CUES = Map.of(
            "en", List.of("internet is down", "internet down", "no internet", "outage", "no connection",
                    "connection keeps dropping", "no signal", "service is down", "internet not working",
                    "internet does not work", "internet doesn't work"),
            "pl", List.of("awaria", "nie działa internet", "internet nie działa", "brak internetu", "nie mam internetu",
                    "brak sieci", "brak zasięgu", "zrywa połączenie", "nie ma internetu", "sieć nie działa"));

    private static final Map<String, Advice> ADVICE = Map.of(
            "en", new Advice(
                    "Confirm that there is an outage in the customer's area and say how far the repair has got.",
                    "Give the current restore estimate and say plainly that it is an estimate, not a promise.",
                    "Offer to call the customer back as soon as the service is restored, and note the best number to reach them.",
                    "Do not walk the customer through restarting the router while the outage lasts; it cannot help.",
                    "Share the status page, where progress is updated: "),
            "pl", new Advice(
                    "Potwierdź, że w okolicy klienta trwa awaria, i powiedz, na jakim etapie są prace naprawcze.",
                    "Podaj aktualny szacowany czas przywrócenia usługi i powiedz wprost, że to szacunek, a nie obietnica.",
                    "Zaproponuj, że oddzwonisz, gdy tylko usługa wróci, i zapisz numer, pod którym klient będzie dostępny.",
                    "Nie każ klientowi restartować routera, dopóki trwa awaria; to nic nie da.",
                    "Podaj stronę ze statusem prac, na której są aktualne informacje: "));

    private volatile Map<String, List<List<String>>> compiled = Map.of();
    private volatile String statusPage = "";

    @Override
    public PlaybookDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Compiles the cue phrases with the host's own analysis, so they match the turns' lemmas exactly. */
    @Override
    public void start(PlaybookContext context) {
        Map<String, List<List<String>>> lemmas = new HashMap<>();
        CUES.forEach((language, phrases) -> {
            List<List<String>> sequences = new ArrayList<>();
            for (String phrase : phrases) {
                sequences.add(words(context.analyse(phrase, language)).stream().map(Token::lemma).toList());
            }
            lemmas.put(language, List.copyOf(sequences));
        });
        compiled = Map.copyOf(lemmas);
        statusPage = context.setting("status-page").orElse("");
    }

    @Override
    public PlaybookResult assess(PlaybookRequest request) {
        String language = request.interaction().language();
        List<List<String>> cues = compiled.getOrDefault(language, List.of());
        List<Evidence> evidence = new ArrayList<>();
        for (TurnView turn : request.interaction().customerTurns()) {
            findCue(turn, cues).ifPresent(evidence::add);
        }
        if (evidence.isEmpty()) {
            return PlaybookResult.EMPTY;
        }
        double confidence = Math.min(0.95, 0.65 + 0.1 * (evidence.size() - 1)
                + (request.interaction().context().previousContacts() > 0 ? 0.1 : 0));
        Advice advice = ADVICE.get(language);
        String status = statusPage.isBlank() ? advice.status() : advice.status() + " " + advice.statusPage() + statusPage;
        PlaybookResult.Builder result = PlaybookResult.builder()
                .observe(new Observation(OUTAGE_COMPLAINT, confidence, evidence))
                .recommend(Recommendation.of(Kind.SAY, "acme.outage.give-status", status, 80, OUTAGE_COMPLAINT))
                .recommend(Recommendation.of(Kind.SAY, "acme.outage.restore-estimate", advice.estimate(), 75, OUTAGE_COMPLAINT))
                .recommend(Recommendation.of(Kind.FOLLOW_UP, "acme.outage.proactive-callback", advice.callback(), 70,
                        OUTAGE_COMPLAINT))
                .recommend(Recommendation.of(Kind.AVOID, "acme.outage.no-router-reset", advice.avoid(), 65, OUTAGE_COMPLAINT));
        if (request.interaction().context().previousContacts() >= REPEAT_CONTACTS) {
            result.escalate(new EscalationProposal(EscalationLevel.SUPERVISOR, EscalationReason.REPEAT_CONTACT,
                    "acme.outage.repeat-complaint"));
        }
        return result.build();
    }

    private static Optional<Evidence> findCue(TurnView turn, List<List<String>> cues) {
        List<Token> words = words(turn.analysis());
        for (List<String> cue : cues) {
            for (int i = 0; i + cue.size() <= words.size(); i++) {
                if (matchesAt(words, i, cue)) {
                    Token first = words.get(i);
                    Token last = words.get(i + cue.size() - 1);
                    return Optional.of(new Evidence(turn.index(), turn.text().substring(first.start(), last.end())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(List<Token> words, int at, List<String> cue) {
        for (int k = 0; k < cue.size(); k++) {
            Token t = words.get(at + k);
            // Quoted words are someone else's, not the customer's complaint.
            if (t.quoted() || !t.lemma().equals(cue.get(k))) {
                return false;
            }
        }
        return !cue.isEmpty();
    }

    private static List<Token> words(AnalysedText text) {
        return text.tokens().stream().filter(Token::isWord).toList();
    }

    private record Advice(String status, String estimate, String callback, String avoid, String statusPage) {
    }
}
