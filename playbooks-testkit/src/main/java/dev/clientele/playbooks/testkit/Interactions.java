package dev.clientele.playbooks.testkit;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;
import org.quicktheories.core.Gen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Generators of valid interactions in Polish and English for property tests: every channel, roles
 * and accounts, one to twelve turns in time order from customer, agent and system, with calm and
 * heated phrases, shouting, runs of punctuation, emoji, links, mentions and negation. The phrases
 * are the testkit's own.
 */
public final class Interactions {

    private static final List<String> POLISH = List.of(
            "Dzień dobry, mam problem z fakturą.", "Od rana nie działa mi internet", "Ile jeszcze mam czekać?",
            "To jest nie do przyjęcia!!!", "Chcę rozmawiać z kierownikiem.", "Proszę o pilny kontakt",
            "Nie rozumiem, co mam teraz kliknąć", "Wszystko przepadło, stracę pracę!", "Dobrze, nie ma problemu",
            "Jestem inżynierem i wiem, jak to działa", "Zapomniałem hasła, znowu", "Pogoda dziś piękna, prawda?",
            "NATYCHMIAST to naprawcie", "nie jestem zły, tylko zmęczony", "Dziękuję za pomoc 🙂",
            "zobaczcie https://status.example.pl/awaria", "@obsluga czy ktoś to czyta???", "Zamówienie nr 48213 nie dotarło",
            "ok", "Żądam zwrotu pieniędzy dzisiaj, nie za tydzień", "Sprawdzę to i oddzwonię za kwadrans.",
            "Rozumiem, przepraszam za kłopot.", "Czy może Pan podać numer umowy?");
    private static final List<String> ENGLISH = List.of(
            "Hello, I have a question about my invoice.", "My internet has been down since this morning",
            "How much longer do I have to wait?", "This is UNACCEPTABLE!!!", "I want to speak to your manager.",
            "Please call me back urgently", "I don't understand what to click now", "Everything is lost, I'll lose my job!",
            "Sure, no problem", "I'm an engineer, I know how this works", "I forgot my password again",
            "Lovely weather today, isn't it?", "fix it RIGHT NOW", "I'm not angry, just tired", "Thanks for your help 🙂",
            "see https://status.example.com/outage", "@support is anyone reading this???", "Order 48213 never arrived",
            "ok", "I demand a refund today, not next week", "I'll check and call you back in 15 minutes.",
            "I understand, sorry for the trouble.", "Could you give me your contract number?");
    private static final List<String> CHANNELS = List.of("phone", "email", "chat", "social", "in-person", "other");
    private static final List<String> SPEAKERS = List.of("customer", "customer", "agent", "system");

    private Interactions() {
    }

    /** Interactions declared Polish. */
    public static Gen<InteractionInput> polish() {
        return in("pl", POLISH);
    }

    /** Interactions declared English. */
    public static Gen<InteractionInput> english() {
        return in("en", ENGLISH);
    }

    /** Interactions in {@code language}: {@code pl} or {@code en}. */
    public static Gen<InteractionInput> in(String language) {
        return switch (language) {
            case "pl" -> polish();
            case "en" -> english();
            default -> throw new IllegalArgumentException("the testkit generates pl and en, not " + language);
        };
    }

    /** Interactions in either language. */
    public static Gen<InteractionInput> any() {
        return polish().mix(english());
    }

    /** One customer turn of about {@code characters} characters of prose in {@code language}. */
    public static InteractionInput longTurn(String language, int characters) {
        List<String> phrases = "pl".equals(language) ? POLISH : ENGLISH;
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < characters; i++) {
            text.append(phrases.get(i % phrases.size())).append(' ');
        }
        return InteractionBuilder.chat("long-turn").language(language).customer(text.substring(0, characters).strip())
                .agent("pl".equals(language) ? "Już sprawdzam." : "Checking now.").build();
    }

    /** An interaction of {@code turns} turns, customer and agent alternating, in {@code language}. */
    public static InteractionInput manyTurns(String language, int turns) {
        List<String> phrases = "pl".equals(language) ? POLISH : ENGLISH;
        InteractionBuilder b = InteractionBuilder.chat("many-turns").language(language).gap(Duration.ofSeconds(20));
        for (int i = 0; i < turns; i++) {
            String text = phrases.get((i * 7) % phrases.size()) + " (" + i + ")";
            if (i % 2 == 0) {
                b.customer(text);
            } else {
                b.agent(text);
            }
        }
        return b.build();
    }

    private static Gen<InteractionInput> in(String language, List<String> phrases) {
        Gen<String> text = lists().of(arbitrary().pick(phrases)).ofSizeBetween(1, 3)
                .zip(integers().between(0, 5), (parts, decoration) -> decorate(String.join(" ", parts), decoration));
        Gen<TurnDraft> turn = arbitrary().pick(SPEAKERS).zip(text, integers().between(0, 3_600), TurnDraft::new);
        Gen<List<TurnDraft>> turns = lists().of(turn).ofSizeBetween(1, 12);
        Gen<PartyInput> requester = arbitrary().pick(List.of(
                new PartyInput("u-1", "Customer", List.of("end-user")),
                new PartyInput("u-1", null, null),
                new PartyInput("u-1", "Owner", List.of("payer", "decision-maker")),
                new PartyInput("u-1", "Colleague", List.of("internal"))));
        return turns.zip(arbitrary().pick(CHANNELS), requester, booleans().all(), (drafts, channel, person, withAccount) ->
                interaction(language, drafts, channel, person, withAccount));
    }

    private static InteractionInput interaction(String language, List<TurnDraft> drafts, String channel, PartyInput requester,
                                                boolean withAccount) {
        List<TurnInput> turns = new ArrayList<>();
        var at = InteractionBuilder.DEFAULT_START;
        for (TurnDraft d : drafts) {
            at = at.plusSeconds(d.secondsLater());
            turns.add(new TurnInput(at, d.from(), d.text()));
        }
        AccountInput account = withAccount
                ? new AccountInput("acct-1", "Account", "premium", List.of(new PartyInput("u-2", "Payer", List.of("payer"))))
                : null;
        return new InteractionInput("generated", channel, language, requester, account,
                withAccount ? new ContextInput(drafts.size(), 1) : null, turns, null);
    }

    private static String decorate(String text, int decoration) {
        return switch (decoration) {
            case 1 -> text.toUpperCase(java.util.Locale.ROOT);
            case 2 -> text + "!!!";
            case 3 -> text + " 😡😡";
            case 4 -> "\"" + text + "\"";
            default -> text;
        };
    }

    private record TurnDraft(String from, String text, int secondsLater) {
    }
}
