package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.PlaybookResult;
import dev.clientele.playbooks.api.Recommendation;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.spi.PlaybookRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.clientele.playbooks.defaults.Results.confidence;
import static dev.clientele.playbooks.defaults.Results.reported;
import static dev.clientele.playbooks.defaults.Results.tactics;
import static org.assertj.core.api.Assertions.assertThat;

class RecognitionPlaybookTests {

    private static PlaybookResult recognise(Conversation c) {
        return c.assessedBy(new RecognitionPlaybook());
    }

    @Nested
    class EachPatternInBothLanguages {

        @Test
        void recognisesImpatienceInPolishFromWaitingQuestionsAndChasing() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Dzień dobry, zamówiłem drukarkę tydzień temu. Kiedy w końcu ją wyślecie?")
                    .after(Duration.ofMinutes(8)).customer("halo? jak długo jeszcze mam czekać?"));
            assertThat(reported(r)).containsKey(PatternIds.IMPATIENT).doesNotContainKey(PatternIds.WANTS_IT_NOW);
        }

        @Test
        void recognisesImpatienceInEnglishFromTimeOnHold() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("I've been on hold for 2 hours and still no answer. How long does this take?"));
            assertThat(reported(r)).containsKey(PatternIds.IMPATIENT);
        }

        @Test
        void recognisesWantsItNowInPolishWhenTheCustomerRejectsEveryTimeFrame() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Serwis ma przyjechać w czwartek? To nie do przyjęcia. Ma być dzisiaj i koniec.")
                    .agent("Najwcześniejszy termin technika to jutro rano.")
                    .customer("Mnie to nie obchodzi, natychmiast proszę kogoś wysłać."));
            assertThat(reported(r)).containsKey(PatternIds.WANTS_IT_NOW).doesNotContainKey(PatternIds.IMPATIENT);
        }

        @Test
        void recognisesWantsItNowInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("A replacement card in five days is unacceptable. I need it today, full stop."));
            assertThat(reported(r)).containsKey(PatternIds.WANTS_IT_NOW);
        }

        @Test
        void recognisesANonTechnicalCustomerInPolish() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Nie znam się na tym. To coś w przedpokoju miga na czerwono i nic nie robi, nie wiem co nacisnąłem."));
            assertThat(reported(r)).containsKey(PatternIds.NON_TECHNICAL);
        }

        @Test
        void recognisesANonTechnicalCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("The thing under the desk has little lights and the internet is gone. I don't know what I did, my granddaughter normally does all this."));
            assertThat(reported(r)).containsKey(PatternIds.NON_TECHNICAL);
        }

        @Test
        void aQuestionAboutWhatAnAbbreviationMeansIsNonTechnicalInBothLanguages() {
            assertThat(reported(recognise(Conversation.english().customer("Sorry, what is DNS?"))))
                    .containsKey(PatternIds.NON_TECHNICAL);
            assertThat(reported(recognise(Conversation.polish().customer("A co to jest VPN?"))))
                    .containsKey(PatternIds.NON_TECHNICAL);
            assertThat(reported(recognise(Conversation.english().customer("What is the status of my order?"))))
                    .doesNotContainKey(PatternIds.NON_TECHNICAL);
        }

        @Test
        void recognisesAPanickerInPolishFromCatastrophisingAndExclamations() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Ratunku!!! Skasowałam wszystkie faktury, to katastrofa, stracę pracę!!!"));
            assertThat(reported(r)).containsKey(PatternIds.PANICKER).doesNotContainKey(PatternIds.AGGRESSIVE);
        }

        @Test
        void recognisesAPanickerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Everything is lost!!! The whole database is gone, this is a disaster, what do I do?"));
            assertThat(reported(r)).containsKey(PatternIds.PANICKER);
        }

        @Test
        void recognisesAKnowItAllInPolish() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Jestem programistą i wiem jak to działa. Sprawdziłem wszystko, to błąd po waszej stronie."));
            assertThat(reported(r)).containsKey(PatternIds.KNOW_IT_ALL).doesNotContainKey(PatternIds.DOMINANT);
        }

        @Test
        void recognisesAKnowItAllInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("I'm an engineer, I know how this works and I've checked everything. This is a bug on your side."));
            assertThat(reported(r)).containsKey(PatternIds.KNOW_IT_ALL);
        }

        @Test
        void recognisesAForgetfulCustomerInPolish() {
            PlaybookResult r = recognise(Conversation.polish().context(0, 2)
                    .customer("To znowu ja. Zapomniałem hasła i nie pamiętam, co pani mówiła o kodzie."));
            assertThat(reported(r)).containsKey(PatternIds.FORGETFUL);
        }

        @Test
        void recognisesAForgetfulCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("It's me again, sorry. I can't remember which email I used and I forgot my password."));
            assertThat(reported(r)).containsKey(PatternIds.FORGETFUL);
        }

        @Test
        void recognisesAYesSayerInPolishFromAgreementToBadNews() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Dzień dobry, pytam o naprawę laptopa.")
                    .agent("Niestety część przyjdzie dopiero za miesiąc, wcześniej nie da się naprawić.")
                    .customer("Aha. No trudno, poczekam.")
                    .agent("Czy mogę jeszcze w czymś pomóc?")
                    .customer("Nie, dobrze, jakoś to będzie."));
            assertThat(reported(r)).containsKey(PatternIds.YES_SAYER);
        }

        @Test
        void recognisesAYesSayerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Hi, any news on my order?")
                    .agent("Unfortunately it was cancelled by the supplier and the next delivery is in six weeks.")
                    .customer("Oh. Ok, fine, never mind."));
            assertThat(reported(r)).containsKey(PatternIds.YES_SAYER);
        }

        @Test
        void recognisesANervousCustomerInPolishWhoDemandsSomeoneWhoDecides() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Proszę mnie przełączyć do kogoś decyzyjnego, kierownik, ktokolwiek! To bardzo ważne.")
                    .agent("Chętnie pomogę, czy mogę poznać numer umowy?")
                    .customer("Po co pani to? Nie mam czasu na te pytania!"));
            assertThat(reported(r)).containsKey(PatternIds.NERVOUS).doesNotContainKey(PatternIds.AGGRESSIVE);
        }

        @Test
        void recognisesANervousCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("I'm so nervous about this, I need your supervisor now! This is really important."));
            assertThat(reported(r)).containsKey(PatternIds.NERVOUS);
        }

        @Test
        void recognisesAChatterboxInPolishFromSmallTalk() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Dzień dobry! Ale dziś piękne słońce, a wczoraj taki deszcz. Wnuczka mi mówi, żebym pisała na czacie, "
                            + "bo szybciej, haha. Swoją drogą, wie pani, że u nas w ogrodzie już kwitną tulipany? A w sprawie paczki, "
                            + "to chciałam zapytać o zwrot, bo buty są za małe, a siostra mówi, że się nie rozchodzą."));
            assertThat(reported(r)).containsKey(PatternIds.CHATTERBOX).doesNotContainKey(PatternIds.SOCIAL);
        }

        @Test
        void recognisesAChatterboxInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Morning! Lovely sunshine today, isn't it, after all that rain. By the way, did you see the football? "
                            + "My grandson was at the match, haha. Anyway, about my wedding order, the sizes are wrong."));
            assertThat(reported(r)).containsKey(PatternIds.CHATTERBOX);
        }

        @Test
        void recognisesASocialCustomerInPolishWhoComesToUnload() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Przepraszam, że zawracam głowę. Mam ciężki tydzień, wszystko na mojej głowie i nikt mnie nie słucha. "
                            + "A jeszcze ta reklamacja."));
            assertThat(reported(r)).containsKey(PatternIds.SOCIAL).doesNotContainKey(PatternIds.CHATTERBOX);
        }

        @Test
        void recognisesASocialCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("It's been one of those weeks, nothing goes right and nobody listens. Anyway, the refund.")
                    .agent("I'm sorry to hear that. I've found the refund.")
                    .customer("Thank you for listening, really."));
            assertThat(reported(r)).containsKey(PatternIds.SOCIAL);
        }

        @Test
        void recognisesADominantCustomerInPolishWhoInterruptsAndDictates() {
            Conversation c = Conversation.polish()
                    .customer("Proszę zanotować: ma być zrobione do piątku.")
                    .agent("Dobrze, a czy mogę tylko—");
            c.say(dev.clientele.playbooks.api.Speaker.CUSTOMER, Duration.ofSeconds(3),
                    "Proszę nie pytać, tylko robić. Ja tu decyduję.");
            assertThat(reported(recognise(c))).containsKey(PatternIds.DOMINANT).doesNotContainKey(PatternIds.KNOW_IT_ALL);
        }

        @Test
        void recognisesADominantCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Listen to me. Write this down: I decide which plan we use, just do it and don't ask."));
            assertThat(reported(r)).containsKey(PatternIds.DOMINANT);
        }

        @Test
        void recognisesAnAggressiveCustomerInPolishFromInsultsAimedAtTheAgent() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Pani jest niekompetentna, banda amatorów! Ty debilu, nic pani nie rozumie!"));
            assertThat(reported(r)).containsKey(PatternIds.AGGRESSIVE).doesNotContainKey(PatternIds.NERVOUS);
        }

        @Test
        void recognisesAnAggressiveCustomerInEnglish() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("You are useless, you people are a bunch of idiots. Can't even do your own job."));
            assertThat(reported(r)).containsKey(PatternIds.AGGRESSIVE);
        }
    }

    @Nested
    class ClosePairsAndFalseAlarms {

        @Test
        void aCalmQuestionShowsNoPatternInEitherLanguage() {
            assertThat(reported(recognise(Conversation.english()
                    .customer("Hi, how do I change the delivery address on my account?")))).isEmpty();
            assertThat(reported(recognise(Conversation.polish()
                    .customer("Dzień dobry, jak zmienić adres dostawy na koncie?")))).isEmpty();
        }

        @Test
        void insultsAboutSomeoneElseDoNotMakeTheCustomerAggressive() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Kurier mówił, że sąsiad to idiota, bo nie odebrał paczki."));
            assertThat(confidence(r, PatternIds.AGGRESSIVE)).isLessThan(Results.REPORTED);
        }

        @Test
        void aDemandForAManagerWithoutAnAttackIsNervousNotAggressive() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("I want to speak to your manager right now! This is really important to me!"));
            assertThat(confidence(r, PatternIds.AGGRESSIVE)).isLessThan(Results.REPORTED);
        }

        @Test
        void anAttackOnThePersonMakesItAggressiveEvenWithADemandForAManager() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Get me your manager, you useless idiot! I'm so nervous and you are clueless."));
            assertThat(reported(r)).containsKey(PatternIds.AGGRESSIVE).doesNotContainKey(PatternIds.NERVOUS);
        }

        @Test
        void negatedCuesDoNotCount() {
            PlaybookResult r = recognise(Conversation.english().customer("I'm not nervous, and I am not in a hurry at all."));
            assertThat(confidence(r, PatternIds.NERVOUS)).isLessThan(Results.REPORTED);
        }

        @Test
        void quotedWordsAreNotTheCustomersOwn() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Your email said \"you idiot, this is unacceptable\" and I think someone hacked it."));
            assertThat(reported(r)).doesNotContainKeys(PatternIds.AGGRESSIVE, PatternIds.WANTS_IT_NOW);
        }

        @Test
        void hurriedTypingWithoutDiacriticsStillMatches() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Zadam rozmowy z kierownikiem, to niedopuszczalne, natychmiast!"));
            assertThat(reported(r)).containsKey(PatternIds.WANTS_IT_NOW);
        }
    }

    @Nested
    class EvidenceAndConfidence {

        @Test
        void evidenceQuotesTheExactWordsOfTheTurn() {
            Conversation c = Conversation.polish().customer("Halo, ile można czekać na tę paczkę?");
            PlaybookResult r = recognise(c);
            Observation impatient = r.observations().stream().filter(o -> o.pattern().equals(PatternIds.IMPATIENT))
                    .findFirst().orElseThrow();
            List<TurnView> turns = c.view().turns();
            for (Evidence e : impatient.evidence()) {
                assertThat(turns.get(e.turn()).text()).contains(e.quote());
            }
            assertThat(impatient.evidence()).extracting(Evidence::quote).contains("ile można czekać");
        }

        @Test
        void moreEvidenceNeverLowersConfidence() {
            double one = confidence(recognise(Conversation.english().customer("Still waiting for my refund.")),
                    PatternIds.IMPATIENT);
            double more = confidence(recognise(Conversation.english()
                    .customer("Still waiting for my refund. How long does it take? Been on hold for an hour.")),
                    PatternIds.IMPATIENT);
            assertThat(more).isGreaterThanOrEqualTo(one);
            assertThat(more).isLessThanOrEqualTo(0.97);
        }

        @Test
        void repeatingTheSameWordCountsLessThanANewCue() {
            double repeated = confidence(recognise(Conversation.english().customer("delay delay delay")), PatternIds.IMPATIENT);
            double varied = confidence(recognise(Conversation.english().customer("delay, still waiting, on hold")),
                    PatternIds.IMPATIENT);
            assertThat(varied).isGreaterThan(repeated);
        }

        @Test
        void looksOnlyAtTheMostRecentTurnsOfALongConversation() {
            Conversation c = Conversation.english().customer("You idiot, you are useless!");
            for (int i = 0; i < 40; i++) {
                c.agent("Here is the next step of the set-up.").customer("Done, what next?");
            }
            assertThat(confidence(recognise(c), PatternIds.AGGRESSIVE)).isLessThan(Results.REPORTED);
        }
    }

    @Nested
    class IntensityAndAdvice {

        @Test
        void intensityRisesWithInsultsAndFallsAfterAnApology() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Od tygodnia nie działa internet.")
                    .agent("Rozumiem, sprawdzę to.")
                    .customer("To jest kpina! Banda amatorów, nic pani nie rozumie!")
                    .agent("Proszę, rozmawiajmy bez osobistych przytyków.")
                    .customer("Przepraszam, poniosło mnie. Wiem, że to nie pani wina."));
            List<Double> levels = r.intensities().stream().map(TurnIntensity::level).toList();
            assertThat(levels).hasSize(3);
            assertThat(levels.get(1)).isGreaterThan(levels.get(0) + 0.15);
            assertThat(levels.get(2)).isLessThan(levels.get(1) - 0.15);
        }

        @Test
        void anAggressiveCustomerWhoseIntensityRisesIsLetToVent() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("My card was blocked again.")
                    .agent("I'm sorry, let me check.")
                    .customer("You people are useless idiots! ABSOLUTE SHAMBLES!!!"));
            assertThat(tactics(r)).contains("aggressive.let-vent", "aggressive.substance-too-early")
                    .doesNotContain("aggressive.move-to-substance");
            Recommendation avoid = Results.tactic(r, "aggressive.substance-too-early");
            assertThat(avoid.overrides()).contains("aggressive.move-to-substance", "aggressive.what-would-put-it-right");
        }

        @Test
        void anAggressiveCustomerWhoApologisesGetsTheApologyAcceptedAndTheSubstance() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("You useless idiots froze my account!")
                    .agent("I understand. Please, let's keep this about the problem and not personal remarks.")
                    .customer("Sorry, I lost my temper. It's not your fault."));
            assertThat(tactics(r)).contains("aggressive.accept-apology", "aggressive.move-to-substance")
                    .doesNotContain("aggressive.let-vent");
        }

        @Test
        void everyObservedPatternGetsAdviceInTheInteractionsLanguage() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Ratunku!!! Wszystko przepadło, to katastrofa!!!"));
            assertThat(r.recommendations()).isNotEmpty()
                    .allSatisfy(rec -> assertThat(rec.because()).contains(PatternIds.PANICKER))
                    .extracting(Recommendation::kind).contains(Recommendation.Kind.SAY, Recommendation.Kind.DO,
                            Recommendation.Kind.ASK, Recommendation.Kind.AVOID);
            assertThat(r.recommendations()).extracting(Recommendation::text).anyMatch(t -> t.contains("Uspokój"));
        }

        @Test
        void everyPatternHasAdviceOfEveryKindSayAskDoAvoid() {
            List<PlaybookResult> results = List.of(
                    recognise(Conversation.english().customer("Still waiting, how long? Been on hold for 2 hours.")),
                    recognise(Conversation.english().customer("Unacceptable. I need it today, full stop.")),
                    recognise(Conversation.english().customer("The thing with lights is gone, I don't know, my granddaughter usually does this for me.")),
                    recognise(Conversation.english().customer("Everything is lost!!! Disaster!!!")),
                    recognise(Conversation.english().customer("I'm an engineer, I've checked everything, this is a bug on your side.")),
                    recognise(Conversation.english().customer("It's me again, I forgot my password and can't remember the steps.")),
                    recognise(Conversation.english().customer("News?").agent("Unfortunately it is postponed by weeks.")
                            .customer("Ok, fine, I'll manage.")),
                    recognise(Conversation.english().customer("I'm so nervous, get me your supervisor! This is really important.")),
                    recognise(Conversation.english().customer("Lovely sunshine and rain, by the way my grandson's wedding, haha. Anyway, did you see the football?")),
                    recognise(Conversation.english().customer("One of those weeks, nothing goes right and nobody listens.")),
                    recognise(Conversation.english().customer("Listen to me, I decide, just do it and don't ask.")),
                    recognise(Conversation.english().customer("You useless idiots, you people are clueless!")));
            for (PlaybookResult r : results) {
                assertThat(r.observations()).isNotEmpty();
                assertThat(r.recommendations()).extracting(Recommendation::kind)
                        .as("advice for %s", reported(r).keySet())
                        .contains(Recommendation.Kind.SAY, Recommendation.Kind.ASK, Recommendation.Kind.DO,
                                Recommendation.Kind.AVOID);
            }
            assertThat(results).extracting(r -> reported(r).keySet()).flatExtracting(k -> k)
                    .containsAll(PatternIds.BUILT_IN);
        }

        @Test
        void aYesSayerGetsConfirmationQuestionsAndAFollowUp() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("Any news?")
                    .agent("Unfortunately the repair is postponed by a month.")
                    .customer("Ok, fine, no problem, I'll manage."));
            assertThat(r.recommendations()).extracting(Recommendation::kind)
                    .contains(Recommendation.Kind.ASK, Recommendation.Kind.FOLLOW_UP);
            assertThat(tactics(r)).contains("yes-sayer.confirm-expectations", "yes-sayer.satisfaction-follow-up");
        }

        @Test
        void aChatterboxIsSteeredBackSoonerWhenTheQueueIsLong() {
            String chat = "Lovely sunshine today after all that rain! By the way, my grandson's wedding is next week, haha. "
                    + "Anyway, did you see the football? About my order, the sizes are wrong.";
            PlaybookResult shortQueue = recognise(Conversation.english().context(1, 0).customer(chat));
            PlaybookResult longQueue = recognise(Conversation.english().context(15, 0).customer(chat));
            assertThat(tactics(shortQueue)).contains("chatterbox.steer-back-gently").doesNotContain("chatterbox.steer-back-now");
            assertThat(tactics(longQueue)).contains("chatterbox.steer-back-now");
        }

        @Test
        void aNervousCustomerIsOfferedOneLevelUpWithReasonedQuestions() {
            PlaybookResult r = recognise(Conversation.polish()
                    .customer("Proszę mnie przełączyć do kierownika! To bardzo ważne, nie mam czasu na te pytania!"));
            assertThat(tactics(r)).contains("nervous.justified-questions", "nervous.offer-one-level-up");
        }

        @Test
        void aKnowItAllIsNotTalkedDownTo() {
            PlaybookResult r = recognise(Conversation.english()
                    .customer("I'm an engineer and I know how this works. I've checked everything, this is a bug on your side."));
            assertThat(Results.tactic(r, "know-it-all.contradict-head-on").overrides())
                    .contains("non-technical.plain-language");
        }

        @Test
        void anAssessmentIsRepeatable() {
            Conversation c = Conversation.english().customer("Still waiting!!! How long?").agent("Checking.")
                    .customer("You useless idiot.");
            RecognitionPlaybook playbook = new RecognitionPlaybook();
            playbook.start(Conversation.CONTEXT);
            PlaybookRequest request = new PlaybookRequest(c.view(), Conversation.CONTEXT);
            assertThat(playbook.assess(request)).isEqualTo(playbook.assess(request));
        }
    }
}
