package dev.clientele.benchmarks.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.TurnInput;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticInteractionsTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void theSameSeedGivesTheSameInteractions() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SyntheticInteractions a = new SyntheticInteractions(seed);
            SyntheticInteractions b = new SyntheticInteractions(seed);
            for (int i = 0; i < 20; i++) {
                assertThat(JsonLines.render(a.next())).isEqualTo(JsonLines.render(b.next()));
            }
        });
    }

    @Test
    void differentSeedsGiveDifferentInteractions() {
        String first = JsonLines.render(new SyntheticInteractions(1).next());
        String second = JsonLines.render(new SyntheticInteractions(2).next());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void everyGeneratedInteractionKeepsTheInputContract() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SyntheticInteractions source = new SyntheticInteractions(seed);
            for (int i = 0; i < 30; i++) {
                InteractionInput interaction = source.next();
                assertThat(validator.validate(interaction)).as(JsonLines.render(interaction)).isEmpty();
                assertTimeOrdered(interaction.turns());
                assertThat(interaction.turns().get(0).from()).isEqualTo("customer");
            }
        });
    }

    @Test
    void aBatchMixesBothLanguagesAndManyDistinctTexts() {
        SyntheticInteractions source = new SyntheticInteractions(GenerateInteractions.DEFAULT_SEED);
        Set<String> texts = new HashSet<>();
        int polish = 0;
        int english = 0;
        for (int i = 0; i < 2_000; i++) {
            InteractionInput interaction = source.next();
            String firstText = interaction.turns().get(0).text();
            texts.add(firstText);
            if (firstText.matches(".*[ąćęłńóśźż].*")) {
                polish++;
            } else {
                english++;
            }
        }
        assertThat(polish).isBetween(800, 1_200);
        assertThat(english).isBetween(800, 1_200);
        assertThat(texts).as("distinct opening messages among 2,000").hasSizeGreaterThan(1_500);
    }

    @Test
    void tweetsAreOneShortCustomerMessageInTheAskedLanguage() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            SyntheticInteractions source = new SyntheticInteractions(seed);
            for (String language : List.of("pl", "en")) {
                InteractionInput tweet = source.tweet(language);
                assertThat(tweet.language()).isEqualTo(language);
                assertThat(tweet.turns()).singleElement().satisfies(turn -> {
                    assertThat(turn.from()).isEqualTo("customer");
                    assertThat(turn.text()).hasSizeLessThanOrEqualTo(SyntheticInteractions.TWEET_LENGTH);
                });
                assertThat(validator.validate(tweet)).isEmpty();
            }
        });
    }

    @Test
    void conversationsHaveExactlyTheAskedTurnsCustomerAndAgentInTurn() {
        qt().forAll(longs().all(), integers().between(1, 300)).checkAssert((seed, size) -> {
            InteractionInput conversation = new SyntheticInteractions(seed).conversation("pl", size);
            assertThat(conversation.language()).isEqualTo("pl");
            assertThat(conversation.turns()).hasSize(size);
            for (int i = 0; i < size; i++) {
                assertThat(conversation.turns().get(i).from()).isEqualTo(i % 2 == 0 ? "customer" : "agent");
            }
            assertTimeOrdered(conversation.turns());
        });
    }

    @Test
    void aNewCustomerTurnComesLastIsLaterAndIsNeverRepeated() {
        SyntheticInteractions source = new SyntheticInteractions(7);
        InteractionInput base = source.conversation("en", 10);
        Set<String> added = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            InteractionInput longer = source.withNewCustomerTurn(base);
            assertThat(longer.turns()).hasSize(11).startsWith(base.turns().toArray(TurnInput[]::new));
            TurnInput last = longer.turns().get(10);
            assertThat(last.from()).isEqualTo("customer");
            assertThat(last.at()).isAfter(base.turns().get(9).at());
            assertThat(added.add(last.text())).as("new turn text %s is unique", last.text()).isTrue();
        }
    }

    private static void assertTimeOrdered(List<TurnInput> turns) {
        assertThat(Stream.iterate(1, i -> i < turns.size(), i -> i + 1)
                .filter(i -> turns.get(i).at().isBefore(turns.get(i - 1).at()))).isEmpty();
    }
}
