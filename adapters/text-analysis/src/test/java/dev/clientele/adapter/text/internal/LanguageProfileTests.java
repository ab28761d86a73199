package dev.clientele.adapter.text.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LanguageProfileTests {

    private static final String FOLDER = "/" + LanguageProfileBuilder.RESOURCES;

    /**
     * Opt-in, as it reads SCOWL and the whole Polish dictionary (a minute or two):
     * {@code mvn -B -q -pl adapters/text-analysis -am test -Dtest=LanguageProfileTests -Dclientele.scowl=/usr/share/dict/scowl}.
     */
    @Test
    void theCommittedProfilesAreWhatTheBuilderMakesOfTheirSources() throws IOException {
        String scowl = System.getProperty("clientele.scowl");
        assumeTrue(scowl != null, "set -Dclientele.scowl=/usr/share/dict/scowl (Debian package scowl) to rebuild and compare");
        for (Map.Entry<String, String> file : LanguageProfileBuilder.build(Path.of(scowl)).entrySet()) {
            assertThat(resource(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @Test
    void aWordIsPaddedWithTwoEdgesBeforeAndOneAfter() {
        assertThat(CharacterProfile.trigrams("ok")).containsExactly("__o", "_ok", "ok_");
        assertThat(CharacterProfile.letters("Żółć-2")).isEqualTo("zolc");
    }

    @Test
    void aProfileFavoursTheSpellingsItWasBuiltFrom() {
        CharacterProfile profile = CharacterProfile.of(Map.of("__a", 3.0, "_ab", 3.0, "ab_", 3.0));
        assertThat(profile.logProbability("ab")).isGreaterThan(profile.logProbability("ba"));
        assertThat(profile.logProbability("zzz")).as("never impossible").isFinite();
    }

    @Test
    void theShippedProfilesTellTypicalSpellingsApart() {
        CharacterProfile polish = CharacterProfile.load(FOLDER + "pl.trigrams");
        CharacterProfile english = CharacterProfile.load(FOLDER + "en.trigrams");
        for (String word : List.of("zamowinie", "zalgowac", "przeszczepic")) {
            assertThat(polish.logProbability(word)).as(word).isGreaterThan(english.logProbability(word));
        }
        for (String word : List.of("recieved", "acount", "throughput")) {
            assertThat(english.logProbability(word)).as(word).isGreaterThan(polish.logProbability(word));
        }
    }

    @Test
    void theEnglishLexiconKnowsInflectionsThroughTheirStems() {
        EnglishLexicon lexicon = EnglishLexicon.load(FOLDER + "en.stems", new EnglishStems());
        assertThat(lexicon.knows("disconnecting")).isTrue();
        assertThat(lexicon.knows("passwords")).isTrue();
        assertThat(lexicon.knows("zalogowac")).isFalse();
        assertThat(lexicon.knows("faktura")).isFalse();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LanguageProfileTests.class.getResourceAsStream(FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
