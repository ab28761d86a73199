package dev.clientele.benchmarks.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sentences the generator composes turns from, in one language, written for this project.
 * Problems, customer moods and agent replies are separate banks, so that the same mood meets many
 * problems and the composed turns vary far more than the banks themselves.
 *
 * @param language      the ISO 639-1 code the texts are written in
 * @param greetings     how a customer opens
 * @param problems      what went wrong, one sentence each
 * @param details       a second sentence that adds a fact to the problem
 * @param moods         sentences that carry a stress-driven behaviour, keyed by the pattern they suggest
 * @param neutral       calm follow-ups without any pattern
 * @param agentReplies  what an agent says while working on the case
 * @param agentPromises agent turns that make a commitment with a time frame
 * @param closings      how a customer ends a message
 * @param firstNames    given names for requesters
 * @param lastNames     family names for requesters
 * @param companies     account names
 */
record PhraseBank(String language, List<String> greetings, List<String> problems, List<String> details,
                  Map<String, List<String>> moods, List<String> neutral, List<String> agentReplies,
                  List<String> agentPromises, List<String> closings, List<String> firstNames,
                  List<String> lastNames, List<String> companies) {

    PhraseBank {
        greetings = List.copyOf(greetings);
        problems = List.copyOf(problems);
        details = List.copyOf(details);
        moods = Map.copyOf(moods);
        neutral = List.copyOf(neutral);
        agentReplies = List.copyOf(agentReplies);
        agentPromises = List.copyOf(agentPromises);
        closings = List.copyOf(closings);
        firstNames = List.copyOf(firstNames);
        lastNames = List.copyOf(lastNames);
        companies = List.copyOf(companies);
        for (var bank : List.of(greetings, problems, details, neutral, agentReplies, agentPromises, closings,
                firstNames, lastNames, companies)) {
            if (bank.isEmpty()) {
                throw new IllegalArgumentException("every phrase bank of " + language + " needs at least one entry");
            }
        }
        if (moods.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("every mood of " + language + " needs at least one sentence");
        }
    }

    static String pick(List<String> bank, SplittableRandom random) {
        return bank.get(random.nextInt(bank.size()));
    }

    /** The Polish bank. */
    static PhraseBank polish() {
        return new PhraseBank("pl",
                List.of("Dzień dobry,", "Dzień dobry.", "Witam,", "Dobry wieczór,", "Halo,", "Cześć,",
                        "Dzień dobry, dzwonię w sprawie zgłoszenia.", "Dzień dobry, piszę ponownie."),
                List.of("od wczoraj nie działa mi internet w domu.",
                        "na fakturze za październik jest kwota dwa razy wyższa niż w umowie.",
                        "paczka miała przyjść w poniedziałek, a nadal jej nie ma.",
                        "nie mogę zalogować się do aplikacji mobilnej.",
                        "zamówiłam lodówkę i przyszła z wgniecionymi drzwiami.",
                        "od rana nie mogę wysłać żadnego przelewu.",
                        "router cały czas miga na czerwono i nic nie mogę zrobić.",
                        "zwrot pieniędzy za anulowany lot jeszcze do mnie nie wrócił.",
                        "system naliczył mi opłatę za usługę, której nie zamawiałem.",
                        "drukarka w biurze przestała drukować po aktualizacji.",
                        "kurier zostawił przesyłkę pod złym adresem.",
                        "telefon, który oddałem do naprawy, wrócił z tą samą usterką.",
                        "po zmianie taryfy rachunek jest wyższy, a nie niższy.",
                        "karta została zablokowana podczas wyjazdu za granicę."),
                List.of("Numer zgłoszenia to 48213.", "Sprawdzałem już ustawienia i restartowałem urządzenie.",
                        "Zgłaszałam to w zeszłym tygodniu przez formularz.", "Mam na to zdjęcia i potwierdzenie.",
                        "Jestem klientem od ośmiu lat.", "Umowę podpisywaliśmy w salonie w Poznaniu.",
                        "Pani na infolinii obiecała, że ktoś się odezwie.",
                        "Pracuję zdalnie, więc bez internetu nie mogę pracować.",
                        "Chodzi o konto firmowe, nie prywatne.", "Mam jeszcze gwarancję do marca."),
                Map.of(
                        "impatient", List.of("Jak długo jeszcze mam czekać?", "Czekam już trzeci dzień na odpowiedź.",
                                "Kiedy w końcu ktoś się tym zajmie?", "Ile to jeszcze potrwa?",
                                "Dlaczego to tak długo trwa?", "Nadal czekam na jakąkolwiek informację."),
                        "wants-it-now", List.of("Ma być naprawione dzisiaj, nie w przyszłym tygodniu!",
                                "Żądam natychmiastowego rozwiązania.", "To jest niedopuszczalne, chcę tego od razu.",
                                "Nie interesują mnie procedury, ma działać teraz.",
                                "Nie będę czekać do jutra, zróbcie to natychmiast."),
                        "nervous", List.of("Proszę mnie połączyć z kierownikiem.", "Chcę rozmawiać z przełożonym.",
                                "To dla mnie bardzo ważna sprawa, proszę o kogoś decyzyjnego.",
                                "Nie będę odpowiadać na kolejne pytania, proszę o kierownika."),
                        "aggressive", List.of("Jesteście bandą niekompetentnych ludzi.",
                                "Czy pan w ogóle wie, co robi?", "Pani jest kompletnie niekompetentna!",
                                "Co za idiotyczna obsługa, żałosne."),
                        "yes-sayer", List.of("Dobrze, nie ma problemu.", "Jasne, rozumiem, może być.",
                                "Okej, poczekam ten miesiąc.", "W porządku, zgadzam się."),
                        "panicker", List.of("Wszystko straciłem, to katastrofa!!!",
                                "Jak tego nie odzyskam, stracę pracę!!", "To koniec, wszystko przepadło!"),
                        "non-technical", List.of("Ta rzecz po prostu nic nie robi.", "Internet jest zepsuty i tyle.",
                                "Nie wiem, co kliknęłam, coś się zmieniło na ekranie."),
                        "forgetful", List.of("Zapomniałem hasła i nie pamiętam numeru zgłoszenia.",
                                "Przepraszam, możecie jeszcze raz powtórzyć, co mam zrobić?")),
                List.of("Dziękuję za informację.", "Rozumiem, poczekam na wiadomość.", "Wysłałem zdjęcia mailem.",
                        "Sprawdziłem jeszcze raz i dalej to samo.", "Czy potrzebujecie ode mnie czegoś jeszcze?",
                        "Podaję numer klienta: 7731920.", "Dobrze, zrobię restart i dam znać."),
                List.of("Dzień dobry, już sprawdzam Pana zgłoszenie.", "Rozumiem, przykro mi z tego powodu.",
                        "Proszę podać numer umowy, żebym mogła to zweryfikować.",
                        "Widzę problem w systemie, przekazuję sprawę do działu technicznego.",
                        "Sprawa ma u nas najwyższy priorytet.", "Dziękuję za cierpliwość, technik już nad tym pracuje.",
                        "Proszę zrestartować router i sprawdzić, czy dioda świeci na zielono."),
                List.of("Oddzwonię do Pana za kwadrans.", "Odezwę się do Pani do końca dnia.",
                        "Wyślę potwierdzenie mailem w ciągu godziny.", "Oddzwonię za 30 minut z informacją.",
                        "Do jutra do 12:00 dostanie Pan odpowiedź."),
                List.of("Pozdrawiam", "Z poważaniem", "Proszę o szybką odpowiedź.", "Dziękuję", ""),
                List.of("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Krzysztof", "Agnieszka", "Marek",
                        "Joanna", "Paweł", "Ewa", "Michał"),
                List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
                        "Szymański", "Dąbrowski", "Kozłowski"),
                List.of("ACME sp. z o.o.", "Piekarnia Pod Lipą", "Biuro Rachunkowe Saldo", "Transbud S.A.",
                        "Kwiaciarnia Róża"));
    }

    /** The English bank. */
    static PhraseBank english() {
        return new PhraseBank("en",
                List.of("Hi,", "Hello,", "Good morning,", "Hey there,", "Hi team,", "Hello again,",
                        "Hi, following up on my ticket.", "Good afternoon,"),
                List.of("my internet has been down since yesterday.",
                        "the October invoice is twice the amount in my contract.",
                        "my parcel was due on Monday and still has not arrived.",
                        "I can't log in to the mobile app.",
                        "the fridge I ordered arrived with a dented door.",
                        "I haven't been able to send a single transfer all morning.",
                        "the router keeps blinking red and nothing works.",
                        "the refund for my cancelled flight has not reached my account.",
                        "I was charged for a service I never ordered.",
                        "the office printer stopped printing after the update.",
                        "the courier left my package at the wrong address.",
                        "the phone I sent for repair came back with the same fault.",
                        "after switching plans my bill went up instead of down.",
                        "my card was blocked while I was travelling abroad."),
                List.of("My case number is 48213.", "I already checked the settings and restarted everything.",
                        "I reported this last week through the form.", "I have photos and the receipt.",
                        "I've been a customer for eight years.", "We signed the contract at the Leeds store.",
                        "The person on the phone promised someone would get back to me.",
                        "I work from home, so without internet I can't work.",
                        "This is about the business account, not my personal one.",
                        "It's still under warranty until March."),
                Map.of(
                        "impatient", List.of("How much longer do I have to wait?",
                                "I've been waiting three days for an answer.", "When is someone going to deal with this?",
                                "How long will this take?", "Why is this taking so long?", "Still waiting for any update."),
                        "wants-it-now", List.of("I need this fixed today, not next week!",
                                "I demand an immediate solution.", "This is unacceptable, I want it sorted right now.",
                                "I don't care about your procedures, make it work now.",
                                "I'm not waiting until tomorrow, do it immediately."),
                        "nervous", List.of("Put me through to your manager, please.", "I want to speak to a supervisor.",
                                "This matters a lot to me, I need someone in charge.",
                                "I'm not answering more questions, get me a manager."),
                        "aggressive", List.of("You are a bunch of incompetent clowns.",
                                "Do you even know what you're doing?", "You are completely useless!",
                                "What a pathetic excuse for customer service."),
                        "yes-sayer", List.of("Ok, no problem.", "Sure, that's fine.", "Okay, I'll wait the month then.",
                                "Alright, fine by me."),
                        "panicker", List.of("I've lost everything, this is a disaster!!!",
                                "If I don't get it back I'll lose my job!!", "It's all gone, this is the end!"),
                        "non-technical", List.of("The thing just does nothing.", "The internet is broken, that's all I know.",
                                "I don't know what I clicked, something changed on the screen."),
                        "forgetful", List.of("I forgot my password and I don't remember the case number.",
                                "Sorry, could you tell me again what I should do?")),
                List.of("Thanks for the update.", "Understood, I'll wait to hear from you.", "I've emailed the photos.",
                        "I checked again and it's the same.", "Do you need anything else from me?",
                        "My customer number is 7731920.", "Ok, I'll restart it and let you know."),
                List.of("Hello, I'm looking into your ticket now.", "I understand, I'm sorry about that.",
                        "Could you give me your contract number so I can verify it?",
                        "I can see the fault, I'm passing it to our technical team.",
                        "Your case has our top priority.", "Thanks for your patience, a technician is on it.",
                        "Please restart the router and check whether the light turns green."),
                List.of("I'll call you back in 15 minutes.", "I'll get back to you by the end of the day.",
                        "I'll email you a confirmation within an hour.", "I'll call you back in 30 minutes with news.",
                        "You'll have an answer by noon tomorrow."),
                List.of("Thanks", "Regards", "Please reply soon.", "Cheers", ""),
                List.of("Anna", "Peter", "Kate", "Tom", "Maggie", "Chris", "Aggie", "Mark", "Joanna", "Paul", "Eve",
                        "Mike"),
                List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts",
                        "Walker"),
                List.of("ACME Ltd", "The Linden Bakery", "Ledger Accounting", "Northbuild plc", "Rose Florists"));
    }
}
