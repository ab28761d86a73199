package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Channel;
import dev.clientele.playbooks.api.ContextView;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.api.Speaker;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.PlaybookContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs a playbook once over two short made-up conversations while it starts, so that its first
 * real assessment does not pay for class loading and cold code inside the host's time budget.
 */
public final class WarmUp {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    private WarmUp() {
    }

    /** Calls {@code assess} with a Polish and an English conversation analysed by the host. */
    public static void run(PlaybookContext context, Consumer<InteractionView> assess) {
        assess.accept(conversation(context, "pl", List.of(
                "Dzień dobry, czekam już godzinę!!! Proszę o kierownika, to jest kpina.",
                "Przepraszam za oczekiwanie, oddzwonię za 15 minut.",
                "No dobrze, trudno.")));
        assess.accept(conversation(context, "en", List.of(
                "Hello, I've been on hold for two hours!!! I want your manager, this is ridiculous.",
                "Sorry for the wait, I'll call you back within the hour.",
                "Ok, fine.")));
    }

    private static InteractionView conversation(PlaybookContext context, String language, List<String> texts) {
        List<TurnView> turns = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Speaker from = i % 2 == 0 ? Speaker.CUSTOMER : Speaker.AGENT;
            turns.add(new TurnView(i, from, START.plusSeconds(60L * i), texts.get(i), context.analyse(texts.get(i), language)));
        }
        PartyView requester = new PartyView("warm-up", "", Set.of(Role.END_USER));
        return new InteractionView("warm-up", Channel.CHAT, language, requester, Optional.empty(), ContextView.NONE,
                turns, START.plusSeconds(60L * texts.size()));
    }
}
