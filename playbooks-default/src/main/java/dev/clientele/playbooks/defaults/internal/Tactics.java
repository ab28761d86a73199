package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.PatternIds;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.clientele.playbooks.api.Recommendation.Kind.ASK;
import static dev.clientele.playbooks.api.Recommendation.Kind.AVOID;
import static dev.clientele.playbooks.api.Recommendation.Kind.DO;
import static dev.clientele.playbooks.api.Recommendation.Kind.ESCALATE;
import static dev.clientele.playbooks.api.Recommendation.Kind.FOLLOW_UP;
import static dev.clientele.playbooks.api.Recommendation.Kind.SAY;

/**
 * The advice texts, Polish and English, written in our own words from the "what helps" column of
 * {@code patterns.md} and the seeds behind it. Constant data.
 */
final class Tactics {

    private Tactics() {
    }

    /** The advice given whenever a pattern is observed, whatever else holds. */
    static final Map<String, List<Line>> BY_PATTERN = Map.ofEntries(
            Map.entry(PatternIds.IMPATIENT, List.of(
                    new Line("impatient.concrete-time", SAY, 80,
                            "Give a concrete time frame now, for example when your next update will come, instead of 'as soon as possible'.",
                            "Podaj od razu konkretny termin, np. kiedy przekażesz kolejną informację, zamiast „jak najszybciej”."),
                    new Line("impatient.show-progress", DO, 70,
                            "Show what is already moving: say what you have checked or started, and send an update before they have to ask.",
                            "Pokaż, co już się dzieje: powiedz, co sprawdziłeś lub uruchomiłeś, i odezwij się z informacją, zanim klient zapyta."),
                    new Line("impatient.real-deadline", ASK, 50,
                            "Ask by when it has to be solved, so that you plan around their real deadline.",
                            "Zapytaj, do kiedy sprawa musi być załatwiona, żeby zaplanować działania pod realny termin."),
                    new Line("impatient.vague-waiting", AVOID, 60,
                            "Avoid vague answers such as 'soon' or 'we are looking into it' without a time.",
                            "Unikaj ogólników typu „wkrótce” czy „sprawdzamy” bez podania godziny."))),
            Map.entry(PatternIds.WANTS_IT_NOW, List.of(
                    new Line("wants-it-now.top-priority", SAY, 85,
                            "Say calmly that the matter is as important to you as it is to them and that it now has top priority.",
                            "Spokojnie powiedz, że sprawa jest dla ciebie równie ważna jak dla klienta i że ma teraz najwyższy priorytet."),
                    new Line("wants-it-now.earliest-real-time", SAY, 80,
                            "Give the earliest time that can really be met and say briefly what it depends on.",
                            "Podaj najwcześniejszy termin, który naprawdę da się dotrzymać, i krótko wyjaśnij, od czego zależy."),
                    new Line("wants-it-now.what-is-at-stake", ASK, 65,
                            "Ask what exactly depends on the deadline, so you can look for a workaround for that part.",
                            "Zapytaj, co dokładnie zależy od tego terminu, żeby poszukać obejścia właśnie dla tej części."),
                    new Line("wants-it-now.faster-route", DO, 55,
                            "Check whether someone with more authority can open a faster route, and tell them you are checking.",
                            "Sprawdź, czy ktoś z większymi uprawnieniami może otworzyć szybszą drogę, i powiedz klientowi, że to sprawdzasz."),
                    new Line("wants-it-now.impossible-promise", AVOID, 90,
                            "Do not promise the impossible to end the pressure; a promise you cannot keep makes things worse.",
                            "Nie obiecuj rzeczy niemożliwych, żeby zakończyć presję — niedotrzymana obietnica tylko pogorszy sytuację."),
                    new Line("wants-it-now.haggle-over-facts", AVOID, 60,
                            "Do not haggle over facts or constraints; state them once and move to what you can do.",
                            "Nie targuj się o fakty ani ograniczenia; przedstaw je raz i przejdź do tego, co możesz zrobić."))),
            Map.entry(PatternIds.NON_TECHNICAL, List.of(
                    new Line("non-technical.plain-language", SAY, 80,
                            "Use everyday words and an analogy; name things by how they look, not by their technical names.",
                            "Mów prostymi słowami i posłuż się porównaniem; nazywaj urządzenia po wyglądzie, a nie fachowymi nazwami."),
                    new Line("non-technical.one-step-at-a-time", DO, 75,
                            "Guide one step at a time and wait for them to confirm each step before the next.",
                            "Prowadź krok po kroku i przed następnym krokiem poczekaj, aż klient potwierdzi poprzedni."),
                    new Line("non-technical.describe-what-you-see", ASK, 60,
                            "Ask what they see (colours, lights, words on the screen) instead of asking for error codes.",
                            "Zapytaj, co klient widzi (kolory, lampki, napisy na ekranie), zamiast pytać o kody błędów."),
                    new Line("non-technical.jargon", AVOID, 55,
                            "Avoid jargon and abbreviations; if one slips out, explain it at once.",
                            "Unikaj żargonu i skrótów; jeśli któryś się wymknie, od razu go wyjaśnij."))),
            Map.entry(PatternIds.PANICKER, List.of(
                    new Line("panicker.reassure-with-facts", SAY, 85,
                            "Reassure with facts: say plainly what is not lost and what can still be recovered.",
                            "Uspokój faktami: powiedz wprost, co nie przepadło i co jeszcze da się odzyskać."),
                    new Line("panicker.one-next-step", DO, 80,
                            "Give one concrete next step and a short plan, and do the first part while they are still with you.",
                            "Podaj jeden konkretny następny krok i krótki plan, a pierwszą część zrób jeszcze w trakcie rozmowy."),
                    new Line("panicker.key-facts", ASK, 55,
                            "Ask for the few facts you need one at a time, in a calm tone.",
                            "Dopytaj spokojnie, po jednym pytaniu, o kilka niezbędnych faktów."),
                    new Line("panicker.empty-comfort", AVOID, 60,
                            "Avoid empty comfort such as 'don't worry', and never guarantee an outcome you do not control.",
                            "Unikaj pustych zapewnień w stylu „proszę się nie martwić” i nie gwarantuj wyniku, na który nie masz wpływu."))),
            Map.entry(PatternIds.KNOW_IT_ALL, List.of(
                    new Line("know-it-all.acknowledge-expertise", SAY, 75,
                            "Acknowledge their knowledge and the checks they have already made before you add anything.",
                            "Doceń wiedzę klienta i to, co już sam sprawdził, zanim cokolwiek dodasz."),
                    new Line("know-it-all.rule-out-together", DO, 80,
                            "Propose ruling out one specific cause together and show the evidence, so they can change their view without losing face.",
                            "Zaproponuj wspólne wykluczenie jednej konkretnej przyczyny i pokaż dowody, tak aby klient mógł zmienić zdanie bez utraty twarzy."),
                    new Line("know-it-all.what-was-checked", ASK, 50,
                            "Ask what exactly they have already checked, so that you do not repeat it.",
                            "Zapytaj, co dokładnie klient już sprawdził, żeby tego nie powtarzać."),
                    new Line("know-it-all.contradict-head-on", AVOID, 70,
                            "Do not contradict them head-on or explain things as to a beginner; offer options and evidence instead.",
                            "Nie zaprzeczaj wprost i nie tłumacz jak laikowi; zamiast tego daj opcje i dowody.",
                            Set.of("non-technical.plain-language", "non-technical.jargon")))),
            Map.entry(PatternIds.FORGETFUL, List.of(
                    new Line("forgetful.check-history", DO, 80,
                            "Check the contact history first, so that they need not remember the case number or the earlier steps.",
                            "Najpierw sprawdź historię kontaktów, żeby klient nie musiał pamiętać numeru sprawy ani wcześniejszych kroków."),
                    new Line("forgetful.written-summary", DO, 75,
                            "At the end, send a short written summary with the steps and the case number.",
                            "Na koniec wyślij krótkie pisemne podsumowanie z krokami i numerem sprawy."),
                    new Line("forgetful.recap", SAY, 60,
                            "Recap the earlier instructions step by step without remarking that they were given before.",
                            "Powtórz wcześniejsze instrukcje krok po kroku, bez wytykania, że już je przekazano."),
                    new Line("forgetful.what-is-remembered", ASK, 50,
                            "Ask what they remember of the earlier steps, so you start from there rather than from the beginning.",
                            "Zapytaj, co klient pamięta z wcześniejszych kroków, żeby zacząć od tego miejsca, a nie od początku."),
                    new Line("forgetful.reproach", AVOID, 55,
                            "Avoid 'as I told you last time'; it embarrasses and solves nothing.",
                            "Unikaj zwrotów typu „jak mówiłem ostatnio” — zawstydzają i niczego nie rozwiązują."))),
            Map.entry(PatternIds.YES_SAYER, List.of(
                    new Line("yes-sayer.name-the-downside", SAY, 65,
                            "Name the downside plainly yourself (for example the weeks without service) so that they can react to it.",
                            "Sam nazwij wprost niedogodność (np. tygodnie bez usługi), żeby klient mógł się do niej odnieść."),
                    new Line("yes-sayer.open-questions", ASK, 80,
                            "Ask open questions about how the outcome affects them (how will you manage in the meantime?), not yes/no questions.",
                            "Zadawaj pytania otwarte o to, jak rozwiązanie wpłynie na klienta (jak sobie pan poradzi w tym czasie?), a nie pytania na tak/nie."),
                    new Line("yes-sayer.confirm-expectations", ASK, 75,
                            "Confirm explicitly what they expect and whether the proposed solution really works for them.",
                            "Upewnij się wprost, czego klient oczekuje i czy proponowane rozwiązanie naprawdę mu odpowiada."),
                    new Line("yes-sayer.offer-alternative", DO, 60,
                            "Offer an alternative or an interim option even if they do not ask for one.",
                            "Zaproponuj rozwiązanie zastępcze lub tymczasowe, nawet jeśli klient o nie nie prosi."),
                    new Line("yes-sayer.satisfaction-follow-up", FOLLOW_UP, 70,
                            "Schedule a follow-up once the solution is in place to check that they are really satisfied.",
                            "Zaplanuj kontakt po wdrożeniu rozwiązania, aby sprawdzić, czy klient jest naprawdę zadowolony."),
                    new Line("yes-sayer.agreement-as-satisfaction", AVOID, 55,
                            "Do not take agreement for satisfaction; today's silence may become tomorrow's bad review.",
                            "Nie traktuj zgody jako zadowolenia — dzisiejsze milczenie może jutro stać się złą opinią."))),
            Map.entry(PatternIds.NERVOUS, List.of(
                    new Line("nervous.justified-questions", ASK, 85,
                            "Ask calm, factual questions and say why each is needed: the answers let whoever takes the case act at once.",
                            "Zadawaj spokojne, rzeczowe pytania i przy każdym mów, po co jest potrzebne: odpowiedzi pozwolą osobie, która przejmie sprawę, działać od razu."),
                    new Line("nervous.offer-one-level-up", SAY, 80,
                            "Offer to pass the case one level up, to the team supervisor, as soon as you know its core.",
                            "Zaproponuj przekazanie sprawy o jeden szczebel wyżej, do przełożonego zespołu, gdy tylko poznasz jej sedno."),
                    new Line("nervous.stay-calm", DO, 60,
                            "Keep a calm, steady tone; the upset is about what is at stake, not about you.",
                            "Zachowaj spokojny, równy ton; zdenerwowanie dotyczy stawki sprawy, a nie ciebie."),
                    new Line("nervous.refuse-manager", AVOID, 65,
                            "Do not refuse the request for a manager outright; explain what you need first and what happens next.",
                            "Nie odmawiaj wprost prośby o kierownika; wyjaśnij, czego potrzebujesz najpierw i co stanie się dalej."))),
            Map.entry(PatternIds.CHATTERBOX, List.of(
                    new Line("chatterbox.steer-back-gently", SAY, 70,
                            "Answer warmly in one sentence, then steer back to the case with a concrete question.",
                            "Odpowiedz ciepło jednym zdaniem, a potem wróć do sprawy konkretnym pytaniem."),
                    new Line("chatterbox.one-case-question", ASK, 65,
                            "Ask one concrete question about the case (the order, what should happen next) to bring the talk back to it.",
                            "Zadaj jedno konkretne pytanie o sprawę (zamówienie, co ma się wydarzyć dalej), żeby wrócić do tematu."),
                    new Line("chatterbox.concise", DO, 55,
                            "Keep your own replies short and to the point.",
                            "Twoje odpowiedzi niech będą krótkie i rzeczowe."),
                    new Line("chatterbox.cut-off", AVOID, 60,
                            "Do not cut them off abruptly; it comes across as hostility.",
                            "Nie ucinaj rozmowy gwałtownie — klient odbierze to jako wrogość."))),
            Map.entry(PatternIds.SOCIAL, List.of(
                    new Line("social.empathy", SAY, 75,
                            "Acknowledge in a sentence or two what they are going through, with genuine warmth.",
                            "W jednym–dwóch zdaniach okaż zrozumienie dla tego, przez co klient przechodzi, z prawdziwą życzliwością."),
                    new Line("social.lead-back-to-case", DO, 80,
                            "Lead the conversation back to the case they came with, consistently, and bring it to a close.",
                            "Konsekwentnie prowadź rozmowę z powrotem do sprawy, z którą klient przyszedł, i doprowadź ją do końca."),
                    new Line("social.anything-else-on-case", ASK, 50,
                            "Once the case is solved, ask whether anything else about it needs doing.",
                            "Po rozwiązaniu sprawy zapytaj, czy w związku z nią trzeba zrobić coś jeszcze."),
                    new Line("social.counselling", AVOID, 55,
                            "Do not take up every personal topic in depth; listen, but do not turn the contact into counselling.",
                            "Nie rozwijaj każdego osobistego wątku; wysłuchaj, ale nie zamieniaj kontaktu w terapię."))),
            Map.entry(PatternIds.DOMINANT, List.of(
                    new Line("dominant.offer-choices", DO, 80,
                            "Give them a choice between two workable options, so they keep a sense of control while you steer to the solution.",
                            "Daj klientowi wybór między dwiema wykonalnymi opcjami, żeby zachował poczucie kontroli, a ty prowadził do rozwiązania."),
                    new Line("dominant.be-brief", SAY, 70,
                            "Be brief and decisive: say what you will do and when.",
                            "Mów krótko i zdecydowanie: co zrobisz i kiedy."),
                    new Line("dominant.confirm-their-choice", ASK, 50,
                            "Ask them to confirm the option they choose, so the decision is visibly theirs.",
                            "Poproś o potwierdzenie wybranej opcji, żeby decyzja była wyraźnie po stronie klienta."),
                    new Line("dominant.challenge-position", AVOID, 65,
                            "Do not challenge their position or compete for control of the conversation.",
                            "Nie podważaj stanowiska klienta i nie rywalizuj o kontrolę nad rozmową."))),
            Map.entry(PatternIds.AGGRESSIVE, List.of(
                    new Line("aggressive.acknowledge-frustration", SAY, 70,
                            "Acknowledge the frustration in a few calm words, without agreeing with the insults.",
                            "Nazwij spokojnie frustrację klienta w kilku słowach, nie przyznając racji obelgom."),
                    new Line("aggressive.what-would-put-it-right", ASK, 70,
                            "When they have had their say, ask what outcome would put things right for them.",
                            "Gdy klient już się wypowie, zapytaj, jakie rozwiązanie naprawi dla niego sytuację."),
                    new Line("aggressive.not-personal", AVOID, 60,
                            "Do not take the remarks personally or answer in the same tone.",
                            "Nie bierz uwag do siebie i nie odpowiadaj w tym samym tonie."))));

    /** Advice for the chatterbox when many others are waiting in the queue. */
    static final Line CHATTERBOX_QUEUE = new Line("chatterbox.steer-back-now", DO, 85,
            "Many customers are waiting: steer back to the case now, kindly, without taking up side topics.",
            "W kolejce czeka wiele osób: już teraz uprzejmie wróć do sprawy i nie podejmuj pobocznych wątków.");

    static final Line AGGRESSIVE_LET_VENT = new Line("aggressive.let-vent", DO, 90,
            "Let them vent: listen without interrupting or arguing while the intensity is still rising.",
            "Pozwól klientowi się wyładować: słuchaj, nie przerywaj i nie polemizuj, dopóki emocje rosną.");
    static final Line AGGRESSIVE_NOT_YET = new Line("aggressive.substance-too-early", AVOID, 85,
            "Do not push facts or solutions yet; they will not be heard until the intensity drops.",
            "Nie przechodź jeszcze do faktów ani rozwiązań — nie zostaną usłyszane, dopóki emocje nie opadną.",
            Set.of("aggressive.move-to-substance", "aggressive.what-would-put-it-right", "know-it-all.rule-out-together"));
    static final Line AGGRESSIVE_SUBSTANCE = new Line("aggressive.move-to-substance", DO, 85,
            "The intensity is dropping: move to the substance now, with a concrete proposal.",
            "Emocje opadają: teraz przejdź do meritum i zaproponuj konkretne rozwiązanie.");
    static final Line AGGRESSIVE_ACCEPT_APOLOGY = new Line("aggressive.accept-apology", SAY, 95,
            "Accept the apology graciously and briefly, then carry on with the case.",
            "Przyjmij przeprosiny życzliwie i krótko, po czym wróć do sprawy.");
    static final Line AGGRESSIVE_BOUNDARY = new Line("aggressive.set-boundary", SAY, 75,
            "If the personal remarks go on, calmly ask to keep the conversation about the problem.",
            "Jeśli osobiste przytyki trwają, spokojnie poproś, by rozmowa dotyczyła problemu.");
    static final Line AGGRESSIVE_ABUSE = new Line("aggressive.abuse-policy", DO, 95,
            "The abuse went on after you set a boundary: follow the abuse policy and hand the conversation to your supervisor.",
            "Obelgi trwają mimo postawionej granicy: postępuj zgodnie z procedurą dotyczącą nadużyć i przekaż rozmowę przełożonemu.");

    static final Line SERVICE_ANSWER_NOW = new Line("service.answer-now", DO, 95,
            "The customer has waited more than ten minutes for a first response: answer now, apologise and give a concrete time.",
            "Klient czeka na pierwszą odpowiedź ponad dziesięć minut: odpowiedz teraz, przeproś i podaj konkretny termin.");
    static final Line SERVICE_APOLOGISE_FOR_WAIT = new Line("service.apologise-for-wait", SAY, 90,
            "The first response came late: apologise for the wait and give a concrete time for the next step.",
            "Pierwsza odpowiedź przyszła z opóźnieniem: przeproś za oczekiwanie i podaj konkretny termin następnego kroku.");
    static final Line SERVICE_CALLBACK_WITH_TIME = new Line("service.callback-with-time", DO, 85,
            "If you have to end the call, promise a call-back at a concrete time, and keep it.",
            "Jeśli musisz zakończyć rozmowę, obiecaj oddzwonienie o konkretnej godzinie i dotrzymaj słowa.");
    static final Line SERVICE_KEEP_PROMISE = new Line("service.keep-promise", FOLLOW_UP, 80,
            "You promised to come back by %s UTC: keep it, even if only to say where things stand.",
            "Obiecano kontakt do %s UTC: dotrzymaj tego, nawet jeśli tylko po to, by powiedzieć, na jakim etapie jest sprawa.");
    static final Line SERVICE_BROKEN_PROMISE = new Line("service.broken-promise", SAY, 90,
            "A promised call-back or update is overdue: apologise, share what you know and give a new time you can keep.",
            "Minął termin obiecanego kontaktu: przeproś, przekaż to, co już wiesz, i podaj nowy termin, który dotrzymasz.");
    static final Line SERVICE_INVOLVE_PAYER = new Line("service.involve-payer", DO, 75,
            "This request changes the contract: involve the account's payer or decision-maker before changing anything, and tell the customer how it will go.",
            "Ta prośba zmienia umowę: zanim cokolwiek zmienisz, włącz płatnika lub osobę decyzyjną klienta i powiedz rozmówcy, jak to przebiegnie.");
    static final Line ESCALATE_SUPERVISOR = new Line("escalation.to-supervisor", ESCALATE, 88,
            "Pass the case one level up to your supervisor, with everything you already know, so the customer need not repeat it.",
            "Przekaż sprawę o jeden szczebel wyżej, do przełożonego, razem ze wszystkim, co już wiesz, żeby klient nie musiał niczego powtarzać.");
    static final Line ESCALATE_SPECIALIST = new Line("escalation.to-specialist", ESCALATE, 80,
            "Bring in a specialist for the technical question, and tell the customer who will answer and by when.",
            "Włącz specjalistę do kwestii technicznej i powiedz klientowi, kto odpowie i do kiedy.");
}
