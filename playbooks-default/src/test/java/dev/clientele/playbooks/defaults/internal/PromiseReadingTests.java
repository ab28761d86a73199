package dev.clientele.playbooks.defaults.internal;

import dev.clientele.adapter.text.StandardTextAnalyser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise reader recognises the structure of a promise, not listed sentences: who commits,
 * to what contact, by when, and what takes it back. The sentences here are not in the quality
 * sets of {@code docs/quality/promises}; each is said on Friday 2026-03-06 at 16:00 UTC.
 */
class PromiseReadingTests {

    private static final StandardTextAnalyser ANALYSER = new StandardTextAnalyser();
    private static final Instant FRIDAY_4PM = Instant.parse("2026-03-06T16:00:00Z");

    private static List<Promises.Promise> read(String language, String text) {
        return Promises.in(ANALYSER.analyse(text, language));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is a {2} due {3}")
    @CsvSource(delimiter = '|', value = {
            "en | I'll check with the warehouse and email you back within 20 minutes. | update   | 2026-03-06T16:20:00Z",
            "en | Give me ten minutes and I'll come back to you.                      | update   | 2026-03-06T16:10:00Z",
            "en | Someone from our returns team will ring you on Monday morning.     | callback | 2026-03-09T12:00:00Z",
            "en | You'll hear from us within 2 working days.                          | update   | 2026-03-10T16:00:00Z",
            "en | I'll call you back between 5 and 6.                                 | callback | 2026-03-06T18:00:00Z",
            "en | I'll send you the signed contract by the end of the week.           | update   | 2026-03-06T23:59:59Z",
            "en | I'll get back to you next week.                                     | update   | 2026-03-13T23:59:59Z",
            "en | I'll update you by 9am.                                             | update   | 2026-03-07T09:00:00Z",
            "en | No worries, I’ll phone you back in twenty-five minutes.             | callback | 2026-03-06T16:25:00Z",
            "pl | Sprawdzę u kuriera i odpiszę w ciągu kwadransa.                     | update   | 2026-03-06T16:15:00Z",
            "pl | Daj mi pół godziny, oddzwonię.                                      | callback | 2026-03-06T16:30:00Z",
            "pl | Nasz doradca zadzwoni do Pani w poniedziałek przed południem.      | callback | 2026-03-09T12:00:00Z",
            "pl | Oddzwonią do Pana z serwisu w ciągu 3 dni roboczych.                | callback | 2026-03-11T16:00:00Z",
            "pl | Dostanie Pani ode mnie maila jeszcze dziś.                          | update   | 2026-03-06T23:59:59Z",
            "pl | odpisze pani do 17                                                  | update   | 2026-03-06T17:00:00Z",
            "pl | Prześlę Panu fakturę w piątek.                                      | update   | 2026-03-06T23:59:59Z",
            "pl | Jutro między 10 a 11 zadzwonię z wynikiem.                          | callback | 2026-03-07T11:00:00Z"})
    void readsWhoCommitsToWhatAndByWhen(String language, String text, String kind, String due) {
        List<Promises.Promise> promises = read(language, text);

        assertThat(promises).hasSize(1);
        assertThat(promises.get(0).kind()).isEqualTo(kind);
        assertThat(promises.get(0).due().from(FRIDAY_4PM)).isEqualTo(Instant.parse(due));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" ({2})")
    @CsvSource(delimiter = '|', value = {
            "en | Would you like me to ring you back in 15 minutes?  | an offer, asked",
            "en | should i email you the quote by noon               | a question without its mark",
            "en | I won't be able to email you before Monday.        | negated",
            "en | We usually get back to customers within 2 days.    | a general rule",
            "en | The driver will call you an hour before he arrives. | a third party calls",
            "en | I'll call the bank in 10 minutes.                  | a call to a third party",
            "en | I'll send the new modem tomorrow.                  | goods, not news",
            "en | I'll get back to you as soon as I can.             | no time",
            "en | I'll call you when the engineer arrives at 4pm.    | the time is the engineer's",
            "en | Please email us the photos within 48 hours.        | the customer's task",
            "en | I'll wait for your reply until Friday.             | reply is a noun here",
            "en | I called you back 20 minutes ago.                  | past",
            "pl | Czy mogę odpisać do jutra?                         | pytanie",
            "pl | Nie zadzwonię przed 16.                            | przeczenie",
            "pl | Kurier odezwie się godzinę przed dostawą.          | ktoś spoza firmy",
            "pl | Wyśle Pan nam zdjęcia do piątku?                   | klient ma wysłać",
            "pl | Wyśle Pan nam zdjęcia do piątku.                   | klient ma wysłać, bez znaku zapytania",
            "pl | Obiecywałem, że oddzwonię w ciągu godziny.         | dawna obietnica",
            "pl | Przeważnie odpisujemy w ciągu doby.                | reguła ogólna",
            "pl | Zadzwonię do producenta w ciągu godziny.           | kontakt z kimś spoza firmy",
            "pl | Wyślemy zamiennik w ciągu 2 dni.                   | towar, nie wiadomość",
            "pl | Oddzwonię, jak tylko dostanę odpowiedź.            | bez terminu",
            "pl | Za chwilę odpiszę.                                 | termin nieokreślony"})
    void findsNoPromiseWhereTheWordsTakeItBack(String language, String text, String why) {
        assertThat(read(language, text)).as(why).isEmpty();
    }

    @Test
    void readsEachPromiseOfATurnWithItsOwnTime() {
        List<Promises.Promise> promises = read("en", "I'll call you back in 10 minutes and email you the summary by 5pm.");

        assertThat(promises).extracting(Promises.Promise::kind).containsExactly("callback", "update");
        assertThat(promises).extracting(p -> p.due().from(FRIDAY_4PM))
                .containsExactly(Instant.parse("2026-03-06T16:10:00Z"), Instant.parse("2026-03-06T17:00:00Z"));
    }

    @Test
    void aTimeAskedForServesTheActionThatHasNoTimeOfItsOwn() {
        List<Promises.Promise> promises = read("pl", "Proszę dać mi 20 minut, sprawdzę i wrócę do Pana.");

        assertThat(promises).hasSize(1);
        assertThat(promises.get(0).kind()).isEqualTo("update");
        assertThat(promises.get(0).due().from(FRIDAY_4PM)).isEqualTo(Instant.parse("2026-03-06T16:20:00Z"));
    }

    @Test
    void aPolishVerbWrittenWithItsDiacriticsShowsItsPerson() {
        // "wyśle" is "he will send": with no colleague named, nobody on our side commits.
        assertThat(read("pl", "Wyśle Pani link do 15.")).isEmpty();
        assertThat(read("pl", "Wyślę Pani link do 15.")).hasSize(1);
        assertThat(read("pl", "Kolega wyśle Pani link do 15.")).hasSize(1);
    }
}
