package dev.clientele.benchmarks.generate;

import dev.clientele.core.application.port.in.AccountInput;
import dev.clientele.core.application.port.in.ContextInput;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.PartyInput;
import dev.clientele.core.application.port.in.TurnInput;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * A deterministic source of realistic Polish and English interactions for measurement: the same
 * seed gives the same sequence on every machine. Texts are composed from {@link PhraseBank}s, so
 * they vary, carry the behaviour cues a real conversation would, and never reproduce shared data.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class SyntheticInteractions {

    /** Longest text of a tweet-sized message, in characters. */
    public static final int TWEET_LENGTH = 280;

    private static final Instant EPOCH = Instant.parse("2026-03-02T08:00:00Z");
    private static final List<String> CHANNELS = List.of("chat", "email", "phone", "social", "chat", "email");
    private static final List<String> MOODS = List.of("impatient", "wants-it-now", "nervous", "aggressive",
            "yes-sayer", "panicker", "non-technical", "forgetful");

    private final SplittableRandom random;
    private final PhraseBank polish = PhraseBank.polish();
    private final PhraseBank english = PhraseBank.english();
    private long serial;
    private Instant clock = EPOCH;

    /** A generator whose whole output is fixed by {@code seed}. */
    public SyntheticInteractions(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The next interaction of a realistic mix: Polish or English in equal shares, one to eight
     * turns, about half of them calm, the rest carrying one or two behaviour cues, some with an
     * account, a queue, earlier contacts, or an agent's promise with a time frame.
     */
    public InteractionInput next() {
        PhraseBank bank = random.nextBoolean() ? polish : english;
        int turns = 1 + random.nextInt(8);
        InteractionInput interaction = conversation(bank, turns, random.nextInt(100) < 50 ? null : pickMood());
        // Some integrations do not know the language and leave it to detection.
        return random.nextInt(100) < 15 ? withLanguage(interaction, null) : interaction;
    }

    /** One customer message of at most {@value #TWEET_LENGTH} characters in {@code language} ({@code pl} or {@code en}). */
    public InteractionInput tweet(String language) {
        PhraseBank bank = bank(language);
        String mood = random.nextInt(100) < 60 ? pickMood() : null;
        String text = customerOpening(bank, mood);
        while (text.length() > TWEET_LENGTH) {
            text = customerOpening(bank, mood);
        }
        Instant at = tick(Duration.ofSeconds(1 + random.nextInt(90)));
        return new InteractionInput(nextId(), "social", language, requester(bank), null, null,
                List.of(new TurnInput(at, "customer", text)), null);
    }

    /**
     * A conversation of exactly {@code turns} turns in {@code language}, declared, customer and agent
     * taking turns (customer first), with the customer's mood drifting as a real conversation does.
     */
    public InteractionInput conversation(String language, int turns) {
        return conversation(bank(language), turns, pickMood());
    }

    /**
     * The same interaction with one more customer turn after its last one. The new turn's text is
     * unique within this generator, so no cache can have seen it.
     */
    public InteractionInput withNewCustomerTurn(InteractionInput interaction) {
        Objects.requireNonNull(interaction, "interaction");
        PhraseBank bank = bank(interaction.language() == null ? "en" : interaction.language());
        List<TurnInput> turns = new ArrayList<>(interaction.turns().size() + 1);
        turns.addAll(interaction.turns());
        Instant last = interaction.turns().get(interaction.turns().size() - 1).at();
        String text = PhraseBank.pick(random.nextBoolean() ? bank.neutral() : bank.moods().get(pickMood()), random)
                + " (" + (++serial) + ")";
        turns.add(new TurnInput(last.plusSeconds(30 + random.nextInt(300)), "customer", text));
        return new InteractionInput(interaction.id(), interaction.channel(), interaction.language(),
                interaction.requester(), interaction.account(), interaction.context(), turns, null);
    }

    private InteractionInput conversation(PhraseBank bank, int turns, String mood) {
        if (turns < 1) {
            throw new IllegalArgumentException("an interaction has at least one turn, got " + turns);
        }
        List<TurnInput> list = new ArrayList<>(turns);
        Instant at = tick(Duration.ofSeconds(5 + random.nextInt(120)));
        String current = mood;
        for (int i = 0; i < turns; i++) {
            boolean customer = i % 2 == 0;
            String text;
            if (i == 0) {
                text = customerOpening(bank, current);
            } else if (customer) {
                // Moods drift: a calm customer may lose patience, an upset one may calm down.
                if (random.nextInt(100) < 25) {
                    current = random.nextBoolean() ? null : pickMood();
                }
                text = customerFollowUp(bank, current);
            } else {
                text = random.nextInt(100) < 20 ? PhraseBank.pick(bank.agentPromises(), random)
                        : PhraseBank.pick(bank.agentReplies(), random);
            }
            list.add(new TurnInput(at, customer ? "customer" : "agent", text));
            at = at.plusSeconds(20 + random.nextInt(900));
        }
        boolean withAccount = random.nextInt(100) < 30;
        boolean withContext = random.nextInt(100) < 40;
        return new InteractionInput(nextId(), PhraseBank.pick(CHANNELS, random), bank.language(), requester(bank),
                withAccount ? account(bank) : null,
                withContext ? new ContextInput(random.nextInt(30), random.nextInt(4)) : null,
                list, null);
    }

    private static InteractionInput withLanguage(InteractionInput i, String language) {
        return new InteractionInput(i.id(), i.channel(), language, i.requester(), i.account(), i.context(), i.turns(),
                i.asOf());
    }

    private String customerOpening(PhraseBank bank, String mood) {
        StringBuilder text = new StringBuilder();
        String greeting = PhraseBank.pick(bank.greetings(), random);
        text.append(greeting).append(' ');
        String problem = PhraseBank.pick(bank.problems(), random);
        text.append(greeting.endsWith(",") ? problem : capitalised(problem));
        if (random.nextInt(100) < 60) {
            text.append(' ').append(PhraseBank.pick(bank.details(), random));
        }
        if (mood != null) {
            text.append(' ').append(PhraseBank.pick(bank.moods().get(mood), random));
            if (random.nextInt(100) < 25) {
                text.append(' ').append(PhraseBank.pick(bank.moods().get(mood), random));
            }
        }
        String closing = PhraseBank.pick(bank.closings(), random);
        if (!closing.isEmpty()) {
            text.append(' ').append(closing);
        }
        return text.toString();
    }

    private String customerFollowUp(PhraseBank bank, String mood) {
        if (mood == null) {
            return PhraseBank.pick(bank.neutral(), random);
        }
        String cue = PhraseBank.pick(bank.moods().get(mood), random);
        return random.nextBoolean() ? cue : PhraseBank.pick(bank.neutral(), random) + " " + cue;
    }

    private PartyInput requester(PhraseBank bank) {
        return new PartyInput("u-" + random.nextInt(1_000_000), name(bank), List.of("end-user"));
    }

    /** A full name; Polish family names in -ski/-cki take the feminine form after a feminine given name. */
    private String name(PhraseBank bank) {
        String first = PhraseBank.pick(bank.firstNames(), random);
        String last = PhraseBank.pick(bank.lastNames(), random);
        if (bank.language().equals("pl") && first.endsWith("a") && last.endsWith("ki")) {
            last = last.substring(0, last.length() - 1) + "a";
        }
        return first + " " + last;
    }

    private AccountInput account(PhraseBank bank) {
        String payer = name(bank);
        return new AccountInput("acct-" + random.nextInt(10_000), PhraseBank.pick(bank.companies(), random),
                random.nextBoolean() ? "premium" : "standard",
                List.of(new PartyInput("u-" + random.nextInt(1_000_000), payer, List.of("payer", "decision-maker"))));
    }

    private String pickMood() {
        return PhraseBank.pick(MOODS, random);
    }

    private PhraseBank bank(String language) {
        return switch (language) {
            case "pl" -> polish;
            case "en" -> english;
            default -> throw new IllegalArgumentException("language must be pl or en, got " + language);
        };
    }

    private Instant tick(Duration step) {
        clock = clock.plus(step);
        return clock;
    }

    private String nextId() {
        return "gen-" + (++serial);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
