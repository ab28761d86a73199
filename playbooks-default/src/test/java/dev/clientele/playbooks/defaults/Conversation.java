package dev.clientele.playbooks.defaults;

import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.playbooks.api.AccountView;
import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.ContextView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.ApiVersion;
import dev.clientele.playbooks.spi.Playbook;
import dev.clientele.playbooks.spi.PlaybookContext;
import dev.clientele.playbooks.spi.PlaybookRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A test-data builder for conversations, analysed by the real text analyser, and a context that
 * hands playbooks that analyser, as a host would.
 */
final class Conversation {

    static final StandardTextAnalyser ANALYSER = new StandardTextAnalyser();
    static final PlaybookContext CONTEXT = new PlaybookContext() {
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
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final String language;
    private final List<TurnView> turns = new ArrayList<>();
    private Instant clock = START;
    private Channel channel = Channel.CHAT;
    private Set<Role> requesterRoles = Set.of(Role.PAYER, Role.DECISION_MAKER);
    private String requesterName = "Requester";
    private Optional<AccountView> account = Optional.empty();
    private ContextView context = ContextView.NONE;
    private Instant asOf;

    private Conversation(String language) {
        this.language = language;
    }

    static Conversation in(String language) {
        return new Conversation(language);
    }

    static Conversation polish() {
        return in("pl");
    }

    static Conversation english() {
        return in("en");
    }

    /** The customer speaks a minute after the previous turn. */
    Conversation customer(String text) {
        return say(Speaker.CUSTOMER, Duration.ofMinutes(1), text);
    }

    /** The agent speaks a minute after the previous turn. */
    Conversation agent(String text) {
        return say(Speaker.AGENT, Duration.ofMinutes(1), text);
    }

    Conversation after(Duration pause) {
        clock = clock.plus(pause);
        return this;
    }

    Conversation say(Speaker who, Duration after, String text) {
        clock = turns.isEmpty() ? clock : clock.plus(after);
        turns.add(new TurnView(turns.size(), who, clock, text, ANALYSER.analyse(text, language)));
        return this;
    }

    Conversation channel(Channel c) {
        channel = c;
        return this;
    }

    Conversation requesterNamed(String name) {
        requesterName = name;
        return this;
    }

    Conversation requesterIs(Role... roles) {
        requesterRoles = Set.of(roles);
        return this;
    }

    Conversation account(String tier, PartyView... contacts) {
        account = Optional.of(new AccountView("acc-1", "Account", tier, List.of(contacts)));
        return this;
    }

    Conversation context(int queueWaiting, int previousContacts) {
        context = new ContextView(queueWaiting, previousContacts);
        return this;
    }

    Conversation asOf(Instant at) {
        asOf = at;
        return this;
    }

    Instant lastTurnAt() {
        return clock;
    }

    InteractionView view() {
        Instant at = asOf != null ? asOf : turns.isEmpty() ? START : turns.get(turns.size() - 1).at();
        return new InteractionView("case-1", channel, language, new PartyView("u-1", requesterName, requesterRoles),
                account, context, turns, at);
    }

    /** Starts {@code playbook} with the test context and assesses this conversation. */
    PlaybookResult assessedBy(Playbook playbook) {
        playbook.start(CONTEXT);
        return playbook.assess(new PlaybookRequest(view(), CONTEXT));
    }
}
