package dev.clientele.core.internal.engine;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import dev.clientele.playbooks.api.AccountView;
import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.ContextView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds the read-only view playbooks see from validated input, analysing each turn through the cache. */
final class InteractionViews {

    private InteractionViews() {
    }

    /** The view of a validated input in {@code language}, holding only the turns said by {@code asOf}. */
    static InteractionView of(InteractionInput input, String language, Instant asOf, AnalysisCache analysis) {
        List<TurnView> turns = new ArrayList<>();
        List<TurnInput> given = input.turns();
        for (int i = 0; i < given.size(); i++) {
            TurnInput t = given.get(i);
            if (t.at().isAfter(asOf)) {
                // Turns are in time order (validated), so every later turn is after asOf as well.
                break;
            }
            turns.add(new TurnView(i, Speaker.fromId(t.from()), t.at(), t.text(), analysis.analyse(t.text(), language)));
        }
        return of(input, language, asOf, turns);
    }

    /**
     * The view of a validated input in {@code language} at {@code asOf}, holding {@code turns}: the
     * views of its turns said by {@code asOf}, analysed in {@code language}.
     */
    static InteractionView of(InteractionInput input, String language, Instant asOf, List<TurnView> turns) {
        return new InteractionView(input.id(), Channel.fromId(input.channel()), language, party(input.requester()),
                Optional.ofNullable(input.account()).map(InteractionViews::account), context(input.context()), turns, asOf);
    }

    private static PartyView party(PartyInput p) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (p.roles() != null) {
            p.roles().forEach(r -> roles.add(Role.fromId(r)));
        }
        if (roles.isEmpty()) {
            roles.add(Role.END_USER);
        }
        return new PartyView(p.id(), p.name() == null ? "" : p.name(), roles);
    }

    private static AccountView account(AccountInput a) {
        List<PartyView> contacts = a.contacts() == null ? List.of()
                : a.contacts().stream().map(InteractionViews::party).toList();
        return new AccountView(a.id(), a.name() == null ? "" : a.name(), a.tier() == null ? "" : a.tier(), contacts);
    }

    private static ContextView context(ContextInput c) {
        return c == null ? ContextView.NONE : new ContextView(c.queueWaiting(), c.previousContacts());
    }
}
