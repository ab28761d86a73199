package dev.clientele.playbooks.defaults.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The default word lists, Polish and English, written from the pattern definitions and the
 * behaviour the seeds describe; never from particular messages. Weights follow one scale:
 * 0.6 a phrase that alone says it, 0.45 strong, 0.3 supporting, 0.15 a hint that only counts
 * together with others. {@code docs/patterns.md} explains how they are combined.
 */
final class Lexicon {

    static final String PL = "pl";
    static final String EN = "en";

    private final List<Cue> cues = new ArrayList<>();

    private Lexicon() {
    }

    /** All cues of both languages. */
    static List<Cue> all() {
        Lexicon l = new Lexicon();
        l.impatient();
        l.wantsItNow();
        l.nonTechnical();
        l.panicker();
        l.knowItAll();
        l.forgetful();
        l.nervous();
        l.chatterboxAndSocial();
        l.dominant();
        l.aggression();
        l.managerDemand();
        l.agreement();
        l.agentSide();
        l.contractChange();
        l.timeUnits();
        return List.copyOf(l.cues);
    }

    /**
     * The cues of one language from {@code cues-<language>.tsv} in the word-list folder, in file order.
     *
     * @throws IllegalStateException when the file is missing or malformed, naming the file and line
     */
    static List<Cue> read(String language) {
        String name = "cues-" + language + ".tsv";
        return parse(name, language, LexiconFile.lines(name));
    }

    /**
     * Reads cue lines {@code SIGNAL<TAB>weight<TAB>phrase}, skipping blank lines and {@code #} comments.
     *
     * @throws IllegalStateException at the first malformed line, naming the file, the line and the cell
     */
    static List<Cue> parse(String name, String language, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + " line " + (i + 1) + ": ";
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(where + "expected 3 tab-separated cells (SIGNAL, weight, phrase), got "
                        + cells.length);
            }
            cues.add(new Cue(signal(where, cells[0]), weight(where, cells[1]), language, phrase(where, cells[2])));
        }
        return List.copyOf(cues);
    }

    private static Signal signal(String where, String cell) {
        try {
            return Signal.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "signal must be a name of Signal in capitals, got \"" + cell + "\"");
        }
    }

    private static double weight(String where, String cell) {
        if (!cell.matches("[01](\\.[0-9]+)?") || !(Double.parseDouble(cell) > 0 && Double.parseDouble(cell) <= 1)) {
            throw new IllegalStateException(where + "weight must be a decimal number in (0, 1] such as 0.45, got \"" + cell + "\"");
        }
        return Double.parseDouble(cell);
    }

    private static String phrase(String where, String cell) {
        // A space at either end is invisible in an editor and would never match as the author meant.
        String words = cell.replaceFirst("^~?=?", "");
        if (words.isBlank() || !cell.equals(cell.strip()) || !words.equals(words.strip())) {
            throw new IllegalStateException(where + "phrase must hold words, with no space at either end or after ~ or =, got \""
                    + cell + "\"");
        }
        return cell;
    }

    private void add(Signal signal, double weight, String language, String... phrases) {
        for (String phrase : phrases) {
            cues.add(new Cue(signal, weight, language, phrase));
        }
    }

    private void impatient() {
        Signal s = Signal.IMPATIENT;
        add(s, 0.6, EN, "still waiting", "been waiting", "keep waiting", "how much longer", "still nothing",
                "any news", "any update", "taking so long", "takes so long", "taking forever", "on hold",
                "can't get through", "cant get through", "not calling back", "never called back", "no response",
                "don't see response", "still no", "still haven't", "still hasn't", "still not", "=waited for");
        add(s, 0.5, EN, "delay", "delayed", "delays", "can't reach", "cant reach",
                "ignoring", "no update", "no updates", "no answer", "anyone there", "can't get thru", "cant get thru",
                "take that long", "takes that long", "lost a whole day", "wasted a whole day", "no reply",
                "hung up on me", "hanging up on me", "waited for ages");
        add(s, 0.45, EN, "how long");
        add(s, 0.3, EN, "waiting", "wait", "waiting for", "wait time", "hold time", "late", "stuck", "sitting on", "tarmac", "runway", "when will", "where is",
                "finally", "still", "so slow", "slower", "no info", "no one here", "nobody here", "i've called",
                "have called", "called twice", "when's the next", "forever", "ages");
        add(s, 0.6, PL, "ile można czekać", "jak długo jeszcze", "ile jeszcze", "kiedy w końcu", "jest tu ktoś",
                "ktoś tu jest", "nadal czekam", "wciąż czekam", "dalej czekam", "dalej nic", "nadal nic", "wciąż nic",
                "żadnej odpowiedzi", "nikt nie odpowiada", "nikt nie oddzwonił", "czekam i czekam", "ile to jeszcze potrwa",
                "kiedy wreszcie", "ciągle nic", "nikt się nie odezwał");
        add(s, 0.45, PL, "jak długo", "kiedy to", "opóźnienie", "opóźniony", "nadal nie", "wciąż nie", "dalej nie",
                "no w końcu", "już kwadrans", "już godzinę", "czekam od", "od trzech dni", "od tygodnia", "czekam już",
                "bez odpowiedzi", "od rana");
        add(s, 0.2, PL, "czekać", "w końcu", "kiedy", "jeszcze nie", "długo", "wreszcie", "zwłoka");
    }

    private void wantsItNow() {
        Signal s = Signal.WANTS_IT_NOW;
        add(s, 0.6, EN, "unacceptable", "not acceptable", "not okay", "not ok", "full stop", "no excuses",
                "i don't care", "this instant", "need it now", "need this now", "need it today", "need this today",
                "needs to be here today", "i want it now", "no later than today");
        add(s, 0.45, EN, "asap", "right now", "immediately", "right away", "at once", "today", "no good", "not good enough",
                "urgent", "urgently", "ruining everything");
        add(s, 0.6, PL, "natychmiast", "w tej chwili", "nie do przyjęcia", "niedopuszczalne", "niedopuszczalny",
                "nieakceptowalne", "mnie to nie obchodzi", "nie obchodzi mnie", "nie interesuje mnie", "i koniec",
                "ma być dzisiaj", "ma być dziś", "potrzebuję tego dziś", "potrzebuję tego teraz", "żadnych wymówek");
        add(s, 0.45, PL, "pilne", "pilnie", "za późno", "to za długo", "nie pasuje mi");
        add(s, 0.3, PL, "dzisiaj", "dziś", "od razu");
    }

    private void nonTechnical() {
        Signal s = Signal.NON_TECHNICAL;
        add(s, 0.45, EN, "the internet's gone", "internet is gone", "internet is broken", "it does nothing", "doesn't do anything",
                "i'm not good with", "not very technical", "not a computer person", "my grandson", "my granddaughter",
                "usually does this for me", "what does that mean");
        add(Signal.MEANING_QUESTION, 0.5, EN, "what is", "what's", "what does", "what do you mean by");
        add(Signal.MEANING_QUESTION, 0.5, PL, "co to jest", "co to znaczy", "co oznacza", "co to za");
        add(s, 0.3, EN, "the thing", "this thing", "that thing", "the box", "whatever it is", "some kind of", "the computer says", "it's gone", "blinking", "lights");
        add(s, 0.2, EN, "i don't know", "something");
        add(s, 0.45, PL, "to coś", "ta rzecz", "takie pudełko", "ta skrzynka", "nie znam się", "nie znam się na tym",
                "internet zniknął", "internet się zepsuł", "nic nie robi", "nie jestem techniczny", "ten kabelek",
                "lampki", "migają");
        add(s, 0.3, PL, "coś tam", "komputer pokazuje", "coś mi wyskoczyło");
        add(s, 0.2, PL, "=nie wiem");
    }

    private void panicker() {
        Signal s = Signal.PANICKER;
        add(s, 0.6, EN, "everything is lost", "i'll lose my job", "i will lose my job", "disaster", "catastrophe",
                "i'm panicking", "panicking", "all my money", "what am i going to do", "nightmare", "freaking out");
        add(s, 0.3, EN, "please help me", "what do i do", "emergency", "terrified", "scared", "desperate");
        add(s, 0.2, EN, "lost");
        add(s, 0.15, EN, "help");
        add(s, 0.6, PL, "błagam", "ratunku", "to koniec", "wszystko stracone", "wszystko przepadło", "stracę pracę",
                "zamknąć działalność", "katastrofa", "tragedia", "co ja teraz zrobię", "co mam robić", "już po wszystkim",
                "nic się nie da zrobić", "wyrzucą mnie", "wszystkie pieniądze", "jestem przerażona", "jestem przerażony",
                "panikuję");
        add(s, 0.15, PL, "pomoc", "pomóc");
        add(s, 0.3, PL, "pomocy", "przepadły", "przepadło", "stracone", "boję się", "pomyliłam", "pomyliłem");
    }

    private void knowItAll() {
        Signal s = Signal.KNOW_IT_ALL;
        add(s, 0.6, EN, "i'm an engineer", "i am an engineer", "i know how this works", "i know what i'm doing",
                "i've checked everything", "i have checked everything", "i already checked", "i have been through all of it",
                "i've been through all of it", "years of experience",
                "this is a bug", "bug on your side", "i know more than", "i'm a developer",
                "i work in it", "i'm a professional");
        add(s, 0.45, EN, "as i said", "simply wrong", "clearly", "don't send me", "on your side");
        add(s, 0.3, EN, "i have been a", "i've been a");
        add(s, 0.6, PL, "=jestem inżynierem", "=jestem informatykiem", "=jestem programistą", "=wiem jak to działa",
                "=znam się na tym", "=sprawdziłem wszystko", "=sprawdziłam wszystko", "=już wszystko sprawdziłem",
                "=już wszystko sprawdziłam", "to błąd po waszej stronie", "błąd w systemie", "nie jestem laikiem",
                "pracuję w it", "wiem lepiej", "doskonale wiem");
        add(s, 0.45, PL, "jak już mówiłem", "jak już mówiłam", "po waszej stronie", "ewidentnie", "oczywiście że",
                "proszę mi nie tłumaczyć", "przekazać programistom");
    }

    private void forgetful() {
        Signal s = Signal.FORGETFUL;
        add(s, 0.6, EN, "i forgot", "forgot my", "can't remember", "cant remember", "don't remember", "can't recall",
                "remind me", "what was the bit", "it's me again", "i've lost the", "lost my password",
                "forgotten my");
        add(s, 0.3, EN, "again", "what did you say", "haven't got the ticket number", "no ticket number", "case number", "password",
                "last week", "sorry, what was");
        add(s, 0.6, PL, "=zapomniałem", "=zapomniałam", "=nie pamiętam", "przypomni pan", "przypomni pani",
                "=jak to było", "to znowu ja", "znowu ja", "nie mam numeru zgłoszenia", "=zgubiłem", "=zgubiłam");
        add(s, 0.3, PL, "znowu", "jeszcze raz", "numer zgłoszenia", "hasło", "w zeszłym tygodniu", "ponownie");
    }

    private void nervous() {
        Signal s = Signal.NERVOUS;
        add(s, 0.6, EN, "i'm so nervous", "nervous", "i'm really worried", "so stressed", "anxious");
        add(s, 0.3, EN, "very important", "really important", "this is important", "why do you need", "why do you ask",
                "stop asking", "no time for questions", "i don't have time", "frustrated");
        add(s, 0.6, PL, "=jestem zdenerwowany", "=jestem zdenerwowana", "=denerwuję się");
        add(s, 0.3, PL, "bardzo ważne", "ważna sprawa", "nie mam czasu", "po co mam", "po co pani", "po co pan",
                "nie mam czasu na te pytania", "niezwykle ważne");
    }

    private void chatterboxAndSocial() {
        add(Signal.SMALL_TALK, 0.25, EN, "weather", "sunshine", "sunny", "rain", "snow", "holiday", "holidays",
                "wedding", "grandson", "granddaughter", "my sister", "by the way", "haha", "you know what",
                "did you see", "the news", "football", "garden", "my cat", "my dog", "anyway");
        add(Signal.SMALL_TALK, 0.25, PL, "słońce", "pogoda", "deszcz", "śnieg", "wakacje", "urlop", "wesele",
                "wnuczka", "wnuk", "chrześniak", "siostra", "mąż", "haha", "wie pani", "wie pan", "swoją drogą",
                "a propos", "przy okazji", "ostatni raz byłam", "dziewczyna", "potańczyć", "szalik", "ogród");
        Signal s = Signal.SOCIAL;
        add(s, 0.6, EN, "one of those weeks", "nothing goes right", "nobody listens", "no one listens",
                "thank you for listening", "thanks for listening", "nice to talk to", "didn't mean to go on",
                "it's all on me", "i just need to talk", "i just wanted to talk", "i feel so alone");
        add(s, 0.3, EN, "in hospital", "it's been hard", "hard week", "as usual", "exhausting",
                "i'm so tired", "sorry to bother you");
        add(s, 0.6, PL, "nikt nie słucha", "nikt mnie nie słucha", "muszę się wyżalić", "dziękuję że pani wysłuchała",
                "dziękuję że pan wysłuchał", "miło z kimś porozmawiać", "wszystko na mojej głowie", "ciężki tydzień",
                "nic mi nie wychodzi", "=jestem sama", "=jestem sam", "=zostałam sama");
        add(s, 0.3, PL, "przepraszam że zawracam głowę", "mam dość wszystkiego", "wszystko się wali");
    }

    private void dominant() {
        Signal s = Signal.DOMINANT;
        add(s, 0.6, EN, "just do it", "do as i say", "don't ask", "=i decide", "i'm telling you", "here's what you'll do",
                "here is what you will do", "listen to me", "i'm in charge", "write this down", "i'm not asking");
        add(s, 0.3, EN, "i want you to", "confirm it", "that's all", "now listen", "you will", "i expect");
        add(s, 0.6, PL, "proszę zanotować", "ma być zrobione", "proszę nie pytać", "tylko robić", "ja decyduję",
                "ja tu decyduję", "proszę posłuchać", "proszę mnie nie pouczać", "ja nie pytam");
        add(s, 0.3, PL, "ma być", "proszę potwierdzić", "i tyle");
    }

    private void aggression() {
        add(Signal.INSULT, 0.5, EN, "idiot", "idiots", "moron", "morons", "stupid", "muppet", "clown", "clowns",
                "brain-dead", "brain dead", "thick", "dumb", "liar", "liars", "scammers", "thieves", "crooks", "fool",
                "fools", "jobsworth", "pathetic", "useless", "imbecile", "loser", "losers", "donkey", "numpty", "sucks",
                "sucked", "suck", "dickhead", "arsehole", "asshole", "bastard", "bastards", "morons", "idiotic", "cretin",
                "scumbag", "scum", "parasites", "leeches", "pigs", "hypocrites", "jerk", "jerks", "douche", "douchebag",
                "prick", "twat", "wanker", "tosser", "halfwit", "nitwit", "buffoon", "buffoons", "amateurs", "amateur hour",
                "shameless", "crooked", "criminals", "robbers", "rip-off artists", "dumbass", "dimwit", "knobhead");
        add(Signal.INSULT, 0.5, PL, "debil", "idiota", "kretyn", "głupek", "głupi", "tępy", "tępota", "tępak", "matoł",
                "dureń", "baran", "osioł", "palant", "szmata", "szmaciarz", "menda", "gnida", "cwel", "cwelica", "parch",
                "kłamca", "łgarz", "oszust", "złodziej", "złodzieje", "sprzedawczyk", "kapuś", "degenerat", "frustrat",
                "psychol", "psychopata", "dzikus", "prostak", "cham", "buc", "pajac", "błazen", "nieudacznik", "nierób",
                "jełop", "mądrala", "dziennikarzyna", "skurwysyn", "skurwiel", "zjeb", "odklejeniec", "ignorant",
                "analfabeta", "hołota", "śmieć", "ścierwo", "łajdak", "szwab", "gamoń", "niedorajda", "amator",
                "amatorzy", "bydło", "pisdzielski", "kaczorzyca", "karakanica", "świnia", "szuja", "durny", "durna", "pysk",
                "ryj", "morda", "gnój", "świr", "czub", "oszołom", "sługus", "lizus", "wazeliniarz", "pachołek", "zdrajca",
                "kretyński", "debilny", "idiotyczny", "żałosny", "żałosna", "zryty", "zjebany", "pojebany", "popapraniec",
                "odklejeniec", "szmaciarka", "ciota", "zakała", "kanalia", "bandyta", "faszysta", "komuch", "cymbał",
                "bęcwał", "przygłup", "półgłówek", "głupol", "idiotka", "kretynka", "debilka", "szmatławiec", "wieśniak",
                "chamidło", "kmiot", "obszczymur", "pijak", "pijaczyna", "menel", "darmozjad", "pasożyt",
                "nierób", "leser", "łachudra", "hipokryta", "obłudnik", "manipulator", "tchórz", "żul",
                "kurwiarz", "dziwka", "suka", "sukinsyn", "kutas", "fiut", "chujek", "pizda", "cipa", "dupek",
                "gnojek", "śmierdziel", "ścierwo", "padalec", "żmija", "pasibrzuch", "złodziejski",
                "oszukańczy", "kłamliwy", "załgany", "bezmózgi", "bezmózgowiec", "debilizm", "idiotyzm", "frajer",
                "lamus", "ćwok", "dzban", "pinda", "bydlak", "bydlę", "patola", "patus", "onuca", "pojeb", "tłuk",
                "głąb", "ciemniak", "ciemnota", "tuman", "wsiok", "szajbus", "czubek", "pomyleniec", "kretynizm",
                "kołtun", "obrzydliwy", "parszywy", "plugawy", "nędzny", "sprzedawczyni", "targowica", "gnida");
        add(Signal.PROFANITY, 0.4, EN, "fuck", "fucking", "fucked", "shit", "shitty", "wtf", "bs", "crap", "crappy",
                "damn", "bloody", "hell", "screw you", "piss off", "pissed", "bullshit", "shut up", "go to hell",
                "f*ck", "f***", "sh*t");
        add(Signal.PROFANITY, 0.4, PL, "kurwa", "chuj", "pierdolić", "odpierdolić", "spierdalać", "wypierdalać",
                "pojebać", "jebać", "zajebać", "kurde", "cholera", "niedojebanie", "zdechnąć", "stuknąć się",
                "puknąć się", "zamknąć się", "spadać", "odwalić się", "spieprzać", "gówno", "stulić pysk", "zamknąć ryj",
                "zdychać", "pierdolnąć", "wkurwiać", "dupa");
        add(Signal.COMPETENCE_ATTACK, 0.5, EN, "incompetent", "incompetence", "can't even do your own job",
                "reading from a script", "first day on the job", "do you know anything",
                "learn to do your job", "you have no idea what", "clueless");
        add(Signal.COMPETENCE_ATTACK, 0.3, EN, "you people", "you lot", "do you even", "are you all", "shambles");
        add(Signal.COMPETENCE_ATTACK, 0.5, EN, "i hate you", "hate you guys", "shame on you");
        add(Signal.COMPETENCE_ATTACK, 0.5, PL, "banda amatorów", "nic pani nie rozumie", "nic pan nie rozumie",
                "pierwszy dzień w pracy", "czyta te formułki", "czyta formułki", "czy ktoś tam ma pojęcie",
                "=nie zna się pani", "=nie zna się pan", "jakaś kpina", "żenada",
                "=nie macie pojęcia", "=nie ma pani pojęcia", "=nie ma pan pojęcia");
        add(Signal.COMPETENCE_ATTACK, 0.4, PL, "niekompetentny", "niekompetentna", "niekompetencja");
        add(Signal.SECOND_PERSON, 0.3, EN, "you", "your", "you're", "u", "ur", "yourself", "yourselves", "ya");
        add(Signal.SECOND_PERSON, 0.3, PL, "=ty", "=ciebie", "=cię", "=tobie", "=ci", "twój", "=jesteś", "=wy", "=was",
                "=wam", "wasz", "=jesteście", "=pan", "=pani", "=pana", "=panu", "=panią", "=masz", "=macie");
        add(Signal.THREAT, 0.5, EN, "i'll sue", "i will sue", "see you in court", "my lawyer", "you'll regret",
                "you will regret", "report you", "going to the press", "i'll make sure everyone knows");
        add(Signal.THREAT, 0.5, PL, "pozwę", "podam do sądu", "mój prawnik", "pożałujesz", "pożałujecie", "zgłoszę to",
                "opiszę to w internecie", "rzecznik praw konsumenta", "uokik");
        add(Signal.ANGER, 0.3, EN, "ridiculous", "furious", "angry", "outrageous", "disgusting", "disgrace",
                "ashamed", "#fail", "how dare", "don't you dare", "absolute", "fed up", "sick of it", "#mad", "mad");
        add(Signal.ANGER, 0.3, PL, "kpina", "skandal", "wściekły", "wściekła", "oburzające", "żart", "dość tego",
                "mam dość", "wstyd", "jak śmiecie", "paranoja");
        add(Signal.APOLOGY, 0.6, EN, "sorry", "i apologise", "i apologize", "my apologies", "i didn't mean",
                "lost my temper", "not your fault");
        add(Signal.APOLOGY, 0.6, PL, "przepraszam", "sorry", "poniosło mnie", "nie chciałem", "nie chciałam",
                "to nie pani wina", "to nie pana wina");
        add(Signal.THANKS, 0.5, EN, "thanks", "thank you", "cheers", "appreciate", "great", "brilliant", "perfect");
        add(Signal.THANKS, 0.5, PL, "dziękuję", "dzięki", "super", "świetnie", "doceniam");
    }

    private void managerDemand() {
        Signal s = Signal.MANAGER_DEMAND;
        add(s, 0.6, EN, "~your manager", "~a manager", "~the manager", "~your supervisor", "~a supervisor",
                "~speak to someone in charge", "~someone in charge", "~someone who can decide", "~put me through to", "~escalate this", "~want a real person",
                "~need a real person", "~reach a real person", "~speak to a real person", "~speak with a real person",
                "~chat with an actual human", "~speak to an actual human", "~reach a human", "~reach human", "~speak to a human",
                "~get me a human", "~vp of", "~your boss", "~your superior", "~team leader", "~supervisor");
        add(s, 0.6, PL, "~kierownik", "~kierowniczka", "~przełożony", "~przełożona", "~szef", "~dyrektor", "~menedżer",
                "~manager", "~kogoś decyzyjnego", "~ktoś decyzyjny", "~kto tu decyduje", "~kto decyduje", "~kto tu rządzi",
                "~proszę mnie przełączyć", "~przełączyć do kogoś", "~chcę rozmawiać z kimś", "~żywy człowiek",
                "~z prawdziwym człowiekiem", "~supervisor");
    }

    private void agreement() {
        add(Signal.AGREEMENT, 0.5, EN, "ok", "okay", "sure", "fine", "no problem", "that's fine", "alright",
                "all right", "no worries", "sounds good", "yes", "yeah", "i'll wait", "whatever works", "if you say so");
        add(Signal.AGREEMENT, 0.5, PL, "ok", "okej", "dobrze", "dobra", "tak", "=może być", "nie szkodzi", "poczekam",
                "zgoda", "jasne", "w porządku", "niech będzie", "=pasuje", "aha", "=rozumiem");
        add(Signal.RESIGNATION, 0.6, EN, "never mind", "i'll manage", "no big deal", "it is what it is",
                "don't worry about it", "oh well", "can't be helped", "i suppose", "i guess that's fine");
        add(Signal.RESIGNATION, 0.6, PL, "trudno", "no trudno", "jakoś to będzie", "nie ma co robić afery",
                "nie ma problemu", "da się zrobić", "jakoś przeżyję", "co zrobić", "nic nie poradzę");
    }

    private void agentSide() {
        add(Signal.BAD_NEWS, 0.5, EN, "unfortunately", "i'm afraid", "cancelled", "canceled", "postponed", "delayed",
                "can't", "cannot", "not possible", "won't be", "weeks", "next month", "rescheduled", "out of stock");
        add(Signal.BAD_NEWS, 0.5, PL, "niestety", "odwołać", "odwołana", "przesunięty", "przesunięta", "opóźniony",
                "nie możemy", "nie da się", "nie jest możliwe", "najbliższy termin", "miesiąc", "kwartał",
                "za miesiąc", "brak");
        add(Signal.BOUNDARY, 0.6, EN, "not personal remarks", "without personal remarks", "if the insults continue",
                "keep this about the problem", "i won't accept", "i will not accept", "please don't insult",
                "mind your language", "no need for insults", "treat me with respect", "i'll have to end this call");
        add(Signal.BOUNDARY, 0.6, PL, "bez osobistych przytyków", "bez obrażania", "proszę mnie nie obrażać",
                "proszę nie obrażać", "nie pozwolę się obrażać", "jeśli obelgi", "będę zmuszona zakończyć",
                "będę zmuszony zakończyć", "proszę o kulturę", "bez wyzwisk");
        add(Signal.END_CALL, 0.6, EN, "i have to go", "i need to go", "i must end", "can't talk now",
                "can't talk right now", "i have to end the call", "i need to hang up", "i have to hang up",
                "another call");
        add(Signal.END_CALL, 0.6, PL, "muszę kończyć", "muszę się rozłączyć", "nie mogę teraz rozmawiać",
                "muszę zakończyć rozmowę", "mam drugie połączenie", "muszę już iść");
        add(Signal.EXPERTISE_GAP, 0.6, EN, "beyond my", "outside my expertise", "i'm not able to answer",
                "i don't know enough about", "need a specialist", "ask our engineers", "pass it to our technical",
                "technical team will", "second line");
        add(Signal.EXPERTISE_GAP, 0.6, PL, "przekracza moje", "nie znam się na tym", "nie potrafię odpowiedzieć",
                "muszę skonsultować", "przekażę do działu technicznego", "dział techniczny", "drugiej linii",
                "specjalista odpowie", "zapytam specjalisty");
        add(Signal.PROMISE_CALLBACK, 0.6, EN, "call you back", "ring you back", "give you a call", "call you",
                "phone you back");
        add(Signal.PROMISE_CALLBACK, 0.6, PL, "oddzwonię", "oddzwonimy", "zadzwonię", "zadzwonimy", "oddzwoni");
        add(Signal.PROMISE_UPDATE, 0.6, EN, "get back to you", "come back to you", "update you", "let you know",
                "send you", "email you", "message you", "i'll have an answer", "will be back");
        add(Signal.PROMISE_UPDATE, 0.6, PL, "odezwę się", "odezwiemy się", "wrócę z informacją", "wrócę do pana",
                "wrócę do pani", "dam znać", "damy znać", "przekażę informację", "wyślę", "napiszę", "odpiszę",
                "odpowiem");
    }

    private void contractChange() {
        Signal s = Signal.CONTRACT_CHANGE;
        add(s, 0.6, EN, "cancel my subscription", "cancel the subscription", "cancel my contract", "cancel our contract",
                "cancel the account", "cancel my plan", "upgrade", "downgrade", "change our plan", "change my plan",
                "switch plans", "switch to the", "more licences", "more licenses", "extra licences", "extra licenses",
                "lower price", "change the price", "a discount", "invoice details", "billing details", "billing address",
                "vat number", "terminate the contract");
        add(s, 0.6, PL, "rezygnacja", "zrezygnować", "wypowiedzenie", "wypowiedzieć umowę", "anulować subskrypcję",
                "zmiana planu", "zmienić plan", "zmiana pakietu", "zmienić pakiet", "przechodzimy na", "przechodzimy ze",
                "licencje", "licencji", "dodatkowe licencje", "obniżyć cenę", "zmiana ceny", "rabat", "upust",
                "dane na fakturze", "dane do faktury", "zmienić nip", "aneks", "moduł wyłączacie", "wyłączyć moduł");
    }

    private void timeUnits() {
        add(Signal.TIME_UNIT, 0.3, EN, "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day",
                "days", "week", "weeks");
        add(Signal.TIME_UNIT, 0.3, PL, "godzina", "godzin", "godziny", "minuta", "minut", "dzień", "dni", "tydzień",
                "tygodni", "kwadrans");
    }
}
