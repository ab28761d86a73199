package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookRequest;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

import java.util.List;

import static org.quicktheories.QuickTheory.qt;

/** Laws that hold for any conversation, in either language, whatever its words. */
class RecognitionProperties {

    private static final List<String> WORDS = List.of(
            "still", "waiting", "how", "long", "you", "idiot", "useless", "NOW", "manager", "ok", "fine", "sorry",
            "unfortunately", "I'll", "call", "back", "in", "10", "minutes", "tomorrow", "by", "10am", "czekam",
            "kierownika", "natychmiast", "debilu", "przepraszam", "oddzwonię", "za", "kwadrans", "jutro", "do",
            "niestety", "trudno", "dobrze", "nie", "not", "\"quoted\"", "!!!", "??", "—", "haha", "słońce", "@someone",
            "https://example.com/x", "😡", "zażółć", "ŻĄDAM", "", " ");

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, WORDS.size() - 1).map(WORDS::get))
                .ofSizeBetween(1, 25).map(words -> String.join(" ", words));
    }

    private static Gen<List<String>> conversations() {
        return SourceDSL.lists().of(texts()).ofSizeBetween(1, 8);
    }

    private static PlaybookResult assess(Playbook playbook, String language, List<String> texts) {
        Conversation c = Conversation.in(language);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).isBlank() ? "ok" : texts.get(i);
            if (i % 2 == 0) {
                c.customer(text);
            } else {
                c.agent(text);
            }
        }
        return playbook.assess(new PlaybookRequest(c.view(), Conversation.CONTEXT));
    }

    private static <P extends Playbook> P started(P playbook) {
        playbook.start(Conversation.CONTEXT);
        return playbook;
    }

    @Test
    void everyEvidenceQuoteIsTheExactTextOfItsTurnAndEveryScoreIsBounded() {
        RecognitionPlaybook playbook = started(new RecognitionPlaybook());
        qt().withExamples(150).forAll(SourceDSL.booleans().all(), conversations()).checkAssert((polish, texts) -> {
            String language = polish ? "pl" : "en";
            PlaybookResult r = assess(playbook, language, texts);
            List<String> turnTexts = texts.stream().map(t -> t.isBlank() ? "ok" : t).toList();
            for (Observation o : r.observations()) {
                if (o.confidence() > 0.97 || o.confidence() < 0.2) {
                    throw new AssertionError("confidence out of range: " + o);
                }
                for (Evidence e : o.evidence()) {
                    if (!turnTexts.get(e.turn()).contains(e.quote())) {
                        throw new AssertionError("quote " + e.quote() + " is not in turn " + e.turn() + ": " + turnTexts);
                    }
                }
            }
            for (TurnIntensity i : r.intensities()) {
                if (i.turn() % 2 != 0) {
                    throw new AssertionError("intensity measured on an agent turn: " + i);
                }
            }
        });
    }

    @Test
    void theSameConversationAlwaysGetsTheSameAnswerFromEveryPlaybook() {
        List<Playbook> playbooks = List.of(started(new RecognitionPlaybook()), started(new EscalationPlaybook()),
                started(new ServicePlaybook()));
        qt().withExamples(60).forAll(SourceDSL.booleans().all(), conversations()).checkAssert((polish, texts) -> {
            for (Playbook p : playbooks) {
                String language = polish ? "pl" : "en";
                PlaybookResult first = assess(p, language, texts);
                PlaybookResult second = assess(p, language, texts);
                if (!first.equals(second)) {
                    throw new AssertionError(p.descriptor().id() + " answered differently for " + texts);
                }
            }
        });
    }

    @Test
    void commitmentsAreFoundOnlyInAgentTurnsAndFallDueAfterThem() {
        ServicePlaybook playbook = started(new ServicePlaybook());
        qt().withExamples(150).forAll(SourceDSL.booleans().all(), conversations()).checkAssert((polish, texts) -> {
            String language = polish ? "pl" : "en";
            Conversation c = Conversation.in(language);
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i).isBlank() ? "ok" : texts.get(i);
                if (i % 2 == 0) {
                    c.customer(text);
                } else {
                    c.agent(text);
                }
            }
            List<TurnView> turns = c.view().turns();
            PlaybookResult r = playbook.assess(new PlaybookRequest(c.view(), Conversation.CONTEXT));
            r.commitments().forEach(found -> {
                TurnView turn = turns.get(found.turn());
                if (!turn.byAgent() || !found.due().isAfter(turn.at()) || !turn.text().contains(found.quote())) {
                    throw new AssertionError("bad commitment " + found + " in " + turn);
                }
            });
        });
    }
}
