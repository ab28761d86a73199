package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.api.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds an interaction for a test, turn by turn. Turns are one minute apart from
 * {@link #DEFAULT_START} unless told otherwise; the requester is an end user {@code u-1}.
 *
 * <pre>{@code
 * InteractionInput input = InteractionBuilder.chat("case-1").language("pl")
 *         .customer("Od rana nie mam internetu!").agent("Sprawdzam to.").build();
 * }</pre>
 */
public final class InteractionBuilder {

    /** When the first turn is said unless {@link #startingAt(Instant)} says otherwise. */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-02T09:00:00Z");

    private final String id;
    private final String channel;
    private String language;
    private PartyInput requester = new PartyInput("u-1", "Customer", List.of(Role.END_USER.id()));
    private String accountId;
    private String tier;
    private final List<PartyInput> contacts = new ArrayList<>();
    private ContextInput context;
    private final List<TurnInput> turns = new ArrayList<>();
    private Instant next = DEFAULT_START;
    private Duration gap = Duration.ofMinutes(1);
    private Instant asOf;

    private InteractionBuilder(String id, String channel) {
        this.id = Objects.requireNonNull(id, "id");
        this.channel = channel;
    }

    /** An interaction on {@code channel}: phone, email, chat, social, in-person or other. */
    public static InteractionBuilder on(String channel, String id) {
        return new InteractionBuilder(id, channel);
    }

    public static InteractionBuilder chat(String id) {
        return on("chat", id);
    }

    public static InteractionBuilder phone(String id) {
        return on("phone", id);
    }

    public static InteractionBuilder email(String id) {
        return on("email", id);
    }

    /** The declared language, {@code pl} or {@code en}; left out, the engine detects it. */
    public InteractionBuilder language(String language) {
        this.language = language;
        return this;
    }

    /** The requester's id and roles (end user when none are given). */
    public InteractionBuilder requester(String partyId, Role... roles) {
        this.requester = new PartyInput(partyId, "Customer", ids(roles));
        return this;
    }

    /** The paying client the requester acts for. */
    public InteractionBuilder account(String accountId, String tier) {
        this.accountId = accountId;
        this.tier = tier;
        return this;
    }

    /** Another known person of the account; adds an account {@code acct-1} when none was set. */
    public InteractionBuilder contact(String partyId, Role... roles) {
        if (accountId == null) {
            accountId = "acct-1";
        }
        contacts.add(new PartyInput(partyId, "Contact " + partyId, ids(roles)));
        return this;
    }

    /** Queue length now and earlier contacts about the same matter. */
    public InteractionBuilder context(int queueWaiting, int previousContacts) {
        this.context = new ContextInput(queueWaiting, previousContacts);
        return this;
    }

    /** When the next turn is said; later turns follow at the current gap. */
    public InteractionBuilder startingAt(Instant at) {
        this.next = Objects.requireNonNull(at, "at");
        return this;
    }

    /** The time between this and later turns. */
    public InteractionBuilder gap(Duration gap) {
        this.gap = Objects.requireNonNull(gap, "gap");
        return this;
    }

    /** Waits {@code pause} before the next turn, once. */
    public InteractionBuilder after(Duration pause) {
        this.next = next.plus(pause).minus(gap);
        return this;
    }

    public InteractionBuilder customer(String text) {
        return turn("customer", text);
    }

    public InteractionBuilder agent(String text) {
        return turn("agent", text);
    }

    public InteractionBuilder system(String text) {
        return turn("system", text);
    }

    /** The moment to assess at; left out, the time of the last turn. */
    public InteractionBuilder asOf(Instant asOf) {
        this.asOf = asOf;
        return this;
    }

    /** The time the next turn would be said at. */
    public Instant nextTurnAt() {
        return next;
    }

    public InteractionInput build() {
        AccountInput account = accountId == null ? null : new AccountInput(accountId, "Account " + accountId, tier,
                List.copyOf(contacts));
        return new InteractionInput(id, channel, language, requester, account, context, List.copyOf(turns), asOf);
    }

    private InteractionBuilder turn(String from, String text) {
        turns.add(new TurnInput(next, from, text));
        next = next.plus(gap);
        return this;
    }

    private static List<String> ids(Role... roles) {
        return roles.length == 0 ? List.of(Role.END_USER.id()) : Arrays.stream(roles).map(Role::id).toList();
    }
}
