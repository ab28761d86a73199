package dev.clientele.playbooks.defaults.internal;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.ContextView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.PlaybookContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A promise is read once per analysed text but dated from each turn that says it, so the same
 * words said twice, as a host's analysis cache hands them out, make two promises with their own due times.
 */
class PromisesTests {

    private static final StandardTextAnalyser ANALYSER = new StandardTextAnalyser();
    private static final PlaybookContext CONTEXT = new PlaybookContext() {
        @Override
        public ApiVersion hostApiVersion() {
            return ApiVersion.CURRENT;
        }

        @Override
        public Map<String, String> configuration() {
            return Map.of();
        }

        @Override
        public AnalysedText analyse(String text, String language) {
            return ANALYSER.analyse(text, language);
        }
    };
    private static final Lexicons LEXICONS = Lexicons.compile(CONTEXT);

    private static List<CommitmentFinding> promisesIn(String agentText, Instant... agentSaidAt) {
        AnalysedText said = ANALYSER.analyse(agentText, "en");
        AnalysedText asked = ANALYSER.analyse("Any news on my refund?", "en");
        List<TurnView> turns = new ArrayList<>();
        for (Instant at : agentSaidAt) {
            turns.add(new TurnView(turns.size(), Speaker.CUSTOMER, at.minusSeconds(30), "Any news on my refund?", asked));
            turns.add(new TurnView(turns.size(), Speaker.AGENT, at, agentText, said));
        }
        InteractionView view = new InteractionView("promises", Channel.CHAT, "en",
                new PartyView("c", "", Set.of(Role.END_USER)), Optional.empty(), ContextView.NONE, turns,
                agentSaidAt[agentSaidAt.length - 1].plusSeconds(60));
        return Promises.find(Reading.of(view, LEXICONS), LEXICONS);
    }

    @Test
    void theSameWordsSaidTwiceFallDueFromEachTurn() {
        Instant first = Instant.parse("2026-03-02T09:00:00Z");
        Instant second = Instant.parse("2026-03-02T11:00:00Z");

        List<CommitmentFinding> found = promisesIn("I'll call you back within 30 minutes.", first, second);

        assertThat(found).extracting(CommitmentFinding::turn).containsExactly(1, 3);
        assertThat(found).extracting(CommitmentFinding::due)
                .containsExactly(first.plusSeconds(1800), second.plusSeconds(1800));
        assertThat(found).extracting(CommitmentFinding::quote).containsOnly("call you back within 30 minutes");
    }

    @Test
    void aClockTimeTomorrowIsTheDayAfterEachTurn() {
        Instant monday = Instant.parse("2026-03-02T16:00:00Z");
        Instant tuesday = Instant.parse("2026-03-03T16:00:00Z");

        List<CommitmentFinding> found = promisesIn("I will call you back tomorrow at 10am.", monday, tuesday);

        assertThat(found).extracting(CommitmentFinding::due).containsExactly(
                Instant.parse("2026-03-03T10:00:00Z"), Instant.parse("2026-03-04T10:00:00Z"));
    }

    @Test
    void aClockTimeAlreadyPastTodayFallsDueTheNextDay() {
        Instant morning = Instant.parse("2026-03-02T09:00:00Z");
        Instant evening = Instant.parse("2026-03-02T18:00:00Z");

        List<CommitmentFinding> found = promisesIn("I'll get back to you by 3pm.", morning, evening);

        assertThat(found).extracting(CommitmentFinding::due).containsExactly(
                Instant.parse("2026-03-02T15:00:00Z"), Instant.parse("2026-03-03T15:00:00Z"));
    }
}
