package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.Evidence;
import dev.clientele.playbooks.api.Observation;
import dev.clientele.playbooks.api.PatternIds;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnIntensity;
import dev.clientele.playbooks.api.TurnView;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the twelve behaviour patterns in the recent turns of an interaction and measures
 * the customer's intensity per turn. Every rule is a named method; {@code docs/patterns.md}
 * describes each with its weights. Stateless and thread-safe.
 */
public final class Recogniser {

    /** Findings below this confidence are not reported at all. */
    static final double FLOOR = 0.2;
    /** The host's default reporting threshold; the close pairs are settled around it. */
    static final double THRESHOLD = 0.5;

    private static final Set<String> NUMBER_WORDS = Set.of(
            "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "few", "several", "couple", "half",
            "dwa", "dwie", "trzy", "cztery", "piec", "szesc", "siedem", "osiem", "dziewiec", "dziesiec", "pietnascie",
            "dwadziescia", "trzydziesci", "czterdziesci", "kilka", "pare", "pol", "kilkanascie", "kilkadziesiat");
    private static final Set<Signal> HEATED = Set.of(Signal.IMPATIENT, Signal.WANTS_IT_NOW, Signal.INSULT,
            Signal.COMPETENCE_ATTACK, Signal.ANGER, Signal.PROFANITY, Signal.THREAT);

    private Recogniser() {
    }

    /** Recognises patterns and intensity in a reading with the rules alone, as before a model is trained. */
    public static Recognition recognise(Reading reading) {
        return recognise(reading, null);
    }

    /**
     * Recognises patterns and intensity in a reading. The patterns {@code model} scores take its
     * calibrated probability for the customer turn that shows them most; the others keep the rules'
     * confidence. With no model, every pattern keeps the rules' confidence.
     */
    public static Recognition recognise(Reading reading, RecognitionModel model) {
        Map<String, Score> scores = fresh();
        List<TurnScores> perTurn = new ArrayList<>();
        walk(reading, scores, model == null ? null : perTurn);
        if (model != null) {
            applyModel(reading, model, perTurn, scores);
        }
        settleClosePairs(scores);

        List<Observation> observations = new ArrayList<>();
        for (Score s : scores.values()) {
            if (s.confidence() >= FLOOR && !s.evidence().isEmpty()) {
                observations.add(new Observation(s.pattern(), round(s.confidence()), s.evidence()));
            }
        }
        observations.sort(Comparator.comparingDouble(Observation::confidence).reversed()
                .thenComparing(Observation::pattern));
        List<TurnIntensity> intensities = Intensity.perCustomerTurn(reading);
        List<TurnReading> customer = reading.customerTurns();
        boolean apologisedLast = !customer.isEmpty() && customer.get(customer.size() - 1).has(Signal.APOLOGY);
        return new Recognition(observations, intensities, apologisedLast);
    }

    /**
     * The features of every customer turn of a reading, in turn order, as the model sees them;
     * what the training command learns from.
     */
    public static List<TurnFeatures> features(Reading reading) {
        List<TurnScores> perTurn = new ArrayList<>();
        walk(reading, fresh(), perTurn);
        return perTurn.stream().map(TurnScores::features).toList();
    }

    /** One customer turn: where it stands in the reading, the rules' evidence in it, and its features. */
    private record TurnScores(int position, Map<String, Score> rules, TurnFeatures features) {
    }

    private static Map<String, Score> fresh() {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String id : PatternIds.BUILT_IN) {
            scores.put(id, new Score(id));
        }
        return scores;
    }

    /**
     * Applies every rule to each customer turn, adding its evidence to {@code scores}; when
     * {@code perTurn} is given, also keeps each turn's own evidence and features there.
     */
    private static void walk(Reading reading, Map<String, Score> scores, List<TurnScores> perTurn) {
        List<TurnReading> turns = reading.turns();
        int customerTurnsSeen = 0;
        boolean exclaimed = false;
        for (int p = 0; p < turns.size(); p++) {
            TurnReading t = turns.get(p);
            if (!t.turn().byCustomer()) {
                continue;
            }
            customerTurnsSeen++;
            Map<String, Score> turn = fresh();
            lexicalEvidence(t, turn);
            waitingTime(t, turn);
            asksWhatJargonMeans(t, turn);
            aggression(reading, t, turn);
            managerDemand(t, customerTurnsSeen, turn);
            agreementToBadNews(reading, p, t, turn);
            smallTalk(t, turn);
            chasing(reading, p, t, turn);
            interrupting(reading, p, t, turn);
            repeatedQuestion(reading, p, t, turn);
            exclaimed |= t.punctuationRun('!', 3) >= 0;
            for (Map.Entry<String, Score> e : turn.entrySet()) {
                scores.get(e.getKey()).addAll(e.getValue());
            }
            if (perTurn != null) {
                perTurn.add(new TurnScores(p, turn, TurnFeatures.of(reading, p, turn, scores, SwearWords.shared())));
            }
        }
        exclamationsOfPanic(reading, exclaimed, scores);
        repeatContact(reading, scores);
    }

    /**
     * Replaces the rules' confidence of each pattern the model scores by the model's probability
     * for the turn that shows it most (for a pattern marked "with rules", only when that is higher), quoting the rules' evidence of that turn and the words that
     * weighed most for it.
     */
    private static void applyModel(Reading reading, RecognitionModel model, List<TurnScores> perTurn,
                                   Map<String, Score> scores) {
        List<Map<String, Double>> probabilities = perTurn.stream().map(t -> model.probabilities(t.features())).toList();
        for (String pattern : model.patterns()) {
            Score score = scores.get(pattern);
            if (score == null) {
                continue;
            }
            int best = -1;
            double p = 0;
            for (int i = 0; i < perTurn.size(); i++) {
                double q = probabilities.get(i).get(pattern);
                if (q > p) {
                    p = q;
                    best = i;
                }
            }
            if (model.withRules(pattern) && score.confidence() >= p) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            // Below the floor nothing is reported, so nothing needs quoting.
            if (best >= 0 && p >= FLOOR) {
                TurnScores turn = perTurn.get(best);
                TurnReading t = reading.turns().get(turn.position());
                evidence.addAll(turn.rules().get(pattern).evidence());
                TurnFeatures f = turn.features();
                for (String feature : model.strongest(pattern, f.words(), 2)) {
                    int[] span = f.spans().get(feature);
                    Evidence e = new Evidence(t.index(), t.quote(span[0], span[1]));
                    if (!evidence.contains(e) && evidence.size() < Score.MAX_EVIDENCE) {
                        evidence.add(e);
                    }
                }
                String opening = t.opening(6);
                if (evidence.isEmpty() && opening != null) {
                    evidence.add(new Evidence(t.index(), opening));
                }
            }
            score.replace(Math.min(p, Score.MAX), evidence);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** Phrases that speak directly for one pattern. */
    private static void lexicalEvidence(TurnReading t, Map<String, Score> scores) {
        for (PhraseIndex.Hit h : t.hits()) {
            String pattern = h.signal().pattern();
            if (pattern != null) {
                scores.get(pattern).add(h.phrase(), h.weight(), t.index(), t.quote(h));
            }
        }
        for (PhraseIndex.Hit h : t.of(Signal.PANICKER)) {
            if (isShouted(t, h)) {
                scores.get(PatternIds.PANICKER).add("shouted-plea", 0.35, t.index(), t.quote(h));
            }
        }
        for (PhraseIndex.Hit h : t.of(Signal.COMPETENCE_ATTACK)) {
            scores.get(PatternIds.AGGRESSIVE).add(h.phrase(), h.weight(), t.index(), t.quote(h));
        }
    }

    /** Whether every word of a hit is written in capitals ("HELP", "RATUNKU"). */
    private static boolean isShouted(TurnReading t, PhraseIndex.Hit h) {
        List<Token> tokens = t.turn().analysis().tokens();
        for (int i = h.firstToken(); i <= h.lastToken(); i++) {
            Token token = tokens.get(i);
            boolean capitals = token.text().length() >= 2 && token.text().equals(token.text().toUpperCase(Locale.ROOT));
            if (token.isWord() && !capitals) {
                return false;
            }
        }
        return true;
    }

    /** "2 hours", "three days", "6h": a stated length of waiting supports impatience. */
    private static void waitingTime(TurnReading t, Map<String, Score> scores) {
        double weight = "pl".equals(t.turn().analysis().language()) ? 0.2 : 0.35;
        List<Token> tokens = t.turn().analysis().tokens();
        for (PhraseIndex.Hit h : t.of(Signal.TIME_UNIT)) {
            int before = h.firstToken() - 1;
            if (before >= 0 && isQuantity(tokens.get(before))) {
                scores.get(PatternIds.IMPATIENT).add("duration", weight, t.index(), t.quote(before, h.lastToken()));
                return;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (isCompactDuration(tokens.get(i).folded())) {
                scores.get(PatternIds.IMPATIENT).add("duration", weight, t.index(), t.quote(i, i));
                return;
            }
        }
    }

    /** "What is DM?", "co to jest VPN?": asking what an abbreviation means is the mark of missing vocabulary. */
    private static void asksWhatJargonMeans(TurnReading t, Map<String, Score> scores) {
        if (!t.asksQuestion() || t.words() > 8) {
            return;
        }
        List<Token> tokens = t.turn().analysis().tokens();
        for (PhraseIndex.Hit h : t.of(Signal.MEANING_QUESTION)) {
            int next = h.lastToken() + 1;
            if (next < tokens.size() && Set.of("a", "an").contains(tokens.get(next).folded())) {
                next++;
            }
            // The abbreviation must be what the question is about, and end it.
            if (next < tokens.size() && isAbbreviation(tokens.get(next))
                    && (next + 1 == tokens.size() || tokens.get(next + 1).kind() == Token.Kind.PUNCTUATION)) {
                scores.get(PatternIds.NON_TECHNICAL).add("asks-about-jargon", 0.5, t.index(), t.quote(h.firstToken(), next));
                return;
            }
        }
    }

    private static boolean isAbbreviation(Token t) {
        String w = t.text();
        if (!t.isWord() || w.length() < 2 || w.length() > 5) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return letter;
    }

    private static boolean isQuantity(Token t) {
        if (t.kind() == Token.Kind.NUMBER) {
            return true;
        }
        String f = t.folded();
        if (!f.isEmpty() && Character.isDigit(f.charAt(0))) {
            return true;
        }
        return NUMBER_WORDS.contains(f);
    }

    /** Written together, like "6h", "2hrs", "30min". */
    static boolean isCompactDuration(String folded) {
        int i = 0;
        while (i < folded.length() && (Character.isDigit(folded.charAt(i)) || folded.charAt(i) == '.')) {
            i++;
        }
        if (i == 0 || i == folded.length()) {
            return false;
        }
        String unit = folded.substring(i);
        return Set.of("h", "hr", "hrs", "hour", "hours", "min", "mins", "godz", "d", "days").contains(unit);
    }

    /**
     * Insults aimed at the person addressed ("you", "ty", "pani", or a Polish vocative) make the
     * aggressive pattern; insults about third parties count for little, since the pattern is about
     * unloading frustration on the agent.
     */
    private static void aggression(Reading reading, TurnReading t, Map<String, Score> scores) {
        Score aggressive = scores.get(PatternIds.AGGRESSIVE);
        boolean addressed = addressed(t);
        for (PhraseIndex.Hit h : t.of(Signal.INSULT)) {
            if (reading.isName(t, h.firstToken())) {
                continue;
            }
            if (addressed || isVocative(t, h)) {
                aggressive.add("insult", 0.6, t.index(), t.quote(h));
            } else if (isBaseForm(t, h)) {
                aggressive.add("insult-as-label", 0.4, t.index(), t.quote(h));
            } else {
                aggressive.add("insult-about-others", 0.25, t.index(), t.quote(h));
            }
        }
        for (PhraseIndex.Hit h : t.of(Signal.PROFANITY)) {
            // Swearing that is itself said to someone ("odpierdolcie się") attacks; swearing near a "you" only vents.
            double weight = isSecondPersonVerb(t.turn().analysis().tokens().get(h.firstToken())) ? 0.55
                    : addressed ? 0.45 : 0.3;
            aggressive.add("profanity", weight, t.index(), t.quote(h));
        }
        for (PhraseIndex.Hit h : t.of(Signal.THREAT)) {
            aggressive.add("threat", 0.35, t.index(), t.quote(h));
        }
        if (t.has(Signal.ANGER)) {
            PhraseIndex.Hit h = t.of(Signal.ANGER).get(0);
            aggressive.add("anger", 0.1, t.index(), t.quote(h));
        }
        if (shouting(t)) {
            Token word = t.shoutedWord();
            aggressive.add("shouting", 0.2, t.index(), word == null ? null : word.text());
        }
    }

    /**
     * Whether the turn speaks to someone: a second-person word ("you", "ty", "pani"), or, in
     * Polish, a verb in the second person ("rozumiesz", "odczepcie").
     */
    static boolean addressed(TurnReading t) {
        if (t.has(Signal.SECOND_PERSON)) {
            return true;
        }
        if (!"pl".equals(t.turn().analysis().language())) {
            return false;
        }
        for (Token token : t.turn().analysis().tokens()) {
            if (isSecondPersonVerb(token)) {
                return true;
            }
        }
        return false;
    }

    /** A Polish inflected verb ending as the second person does: "-sz" ("masz"), "-cie" ("odczepcie"). */
    private static boolean isSecondPersonVerb(Token token) {
        String f = token.folded();
        return token.isWord() && !token.quoted() && f.length() >= 5 && !f.equals(token.lemma())
                && (f.endsWith("sz") || f.endsWith("cie") && PhraseIndex.stripDiacritics(token.lemma()).endsWith("c"));
    }

    /**
     * A Polish insult in its dictionary form stands as a label for the one addressed
     * ("oszust i kłamca!"); in another case it is usually about someone else
     * ("z tego idioty sąsiada").
     */
    private static boolean isBaseForm(TurnReading t, PhraseIndex.Hit h) {
        if (!"pl".equals(t.turn().analysis().language())) {
            return false;
        }
        Token token = t.turn().analysis().tokens().get(h.firstToken());
        return token.folded().equals(PhraseIndex.stripDiacritics(token.lemma()));
    }

    /** A Polish insult in the vocative ("kłamco", "oszuście") is said to someone's face. */
    private static boolean isVocative(TurnReading t, PhraseIndex.Hit h) {
        if (!"pl".equals(t.turn().analysis().language())) {
            return false;
        }
        Token token = t.turn().analysis().tokens().get(h.firstToken());
        String f = token.folded();
        return !f.equals(token.lemma()) && (f.endsWith("e") || f.endsWith("u") || f.endsWith("o"));
    }

    /**
     * A demand for a manager or "someone who decides" is the mark of the nervous customer, more so
     * in the first words; it also marks the aggressive one, but the pair rule settles that.
     */
    private static void managerDemand(TurnReading t, int customerTurnsSeen, Map<String, Score> scores) {
        List<PhraseIndex.Hit> demands = t.of(Signal.MANAGER_DEMAND);
        if (demands.isEmpty()) {
            return;
        }
        Score nervous = scores.get(PatternIds.NERVOUS);
        // One demand per turn: "kierownik, dyrektor, ktokolwiek" is one demand said three ways.
        nervous.add("manager", 0.3, t.index(), t.quote(demands.get(0)));
        if (customerTurnsSeen <= 2) {
            nervous.add("manager-first-words", 0.15, t.index(), null);
        }
        if (t.turn().analysis().signals().longestExclamationRun() > 0 || t.has(Signal.ANGER)) {
            nervous.add("manager-upset", 0.1, t.index(), null);
        }
    }

    /**
     * Agreement-only replies ("ok", "no trudno", "sure, fine") right after the agent gave bad news
     * are the yes-sayer's mark; agreement elsewhere is just agreement.
     */
    private static void agreementToBadNews(Reading reading, int position, TurnReading t, Map<String, Score> scores) {
        boolean agrees = t.has(Signal.AGREEMENT) || t.has(Signal.RESIGNATION);
        if (!agrees || t.asksQuestion() || t.words() > 30) {
            return;
        }
        for (Signal s : HEATED) {
            if (t.has(s)) {
                return;
            }
        }
        int agent = reading.previousAgent(position);
        boolean afterBadNews = agent >= 0 && reading.turns().get(agent).has(Signal.BAD_NEWS);
        Score yesSayer = scores.get(PatternIds.YES_SAYER);
        PhraseIndex.Hit first = t.has(Signal.RESIGNATION) ? t.of(Signal.RESIGNATION).get(0) : t.of(Signal.AGREEMENT).get(0);
        if (afterBadNews) {
            yesSayer.add("agrees-to-bad-news", 0.45, t.index(), t.quote(first));
        }
        for (PhraseIndex.Hit h : t.of(Signal.RESIGNATION)) {
            yesSayer.add("resigned", afterBadNews ? 0.3 : 0.15, t.index(), t.quote(h));
        }
    }

    /** Weather, family, holidays in long messages: the chatterbox drifts off the topic. */
    private static void smallTalk(TurnReading t, Map<String, Score> scores) {
        List<PhraseIndex.Hit> chat = t.of(Signal.SMALL_TALK);
        if (chat.isEmpty()) {
            return;
        }
        Score chatterbox = scores.get(PatternIds.CHATTERBOX);
        for (PhraseIndex.Hit h : chat) {
            chatterbox.add(h.phrase(), h.weight(), t.index(), t.quote(h));
        }
        if (t.words() >= 50) {
            chatterbox.add("long-drift", 0.2, t.index(), null);
        }
    }

    /**
     * A customer writing again before anyone answered, with a question, a word of waiting or a
     * word or two ("halo?", "still there?"), is chasing.
     */
    private static void chasing(Reading reading, int position, TurnReading t, Map<String, Score> scores) {
        int before = reading.previousSpoken(position);
        if (before < 0) {
            return;
        }
        TurnView previous = reading.turns().get(before).turn();
        boolean chases = t.asksQuestion() || t.has(Signal.IMPATIENT) || t.words() <= 3;
        if (chases && previous.byCustomer() && Duration.between(previous.at(), t.turn().at()).toSeconds() >= 60) {
            scores.get(PatternIds.IMPATIENT).add("chasing", 0.35, t.index(), t.opening(6));
        }
    }

    /**
     * Cutting the agent off: a reply within seconds of an agent turn that breaks off mid-sentence,
     * or a burst of short customer turns in quick succession.
     */
    private static void interrupting(Reading reading, int position, TurnReading t, Map<String, Score> scores) {
        int before = reading.previousSpoken(position);
        if (before < 0) {
            return;
        }
        TurnView previous = reading.turns().get(before).turn();
        long seconds = Duration.between(previous.at(), t.turn().at()).toSeconds();
        if (previous.byAgent() && seconds <= 10 && breaksOff(previous.text())) {
            scores.get(PatternIds.DOMINANT).add("interrupts", 0.45, t.index(), t.opening(6));
        } else if (previous.byCustomer() && seconds <= 15 && t.words() <= 8
                && reading.turns().get(before).words() <= 8) {
            scores.get(PatternIds.DOMINANT).add("rapid-fire", 0.15, t.index(), t.opening(6));
        }
    }

    private static boolean breaksOff(String text) {
        String s = text.strip();
        return s.endsWith("—") || s.endsWith("–") || s.endsWith("-") || s.endsWith("…") || s.endsWith("...");
    }

    /** The customer asks again what they asked before, after an answer came in between. */
    private static void repeatedQuestion(Reading reading, int position, TurnReading t, Map<String, Score> scores) {
        if (!t.asksQuestion()) {
            return;
        }
        Set<String> now = contentLemmas(t);
        if (now.size() < 2) {
            return;
        }
        boolean answeredSince = false;
        for (int i = position - 1; i >= 0; i--) {
            TurnReading earlier = reading.turns().get(i);
            if (earlier.turn().byAgent()) {
                answeredSince = true;
            } else if (earlier.turn().byCustomer() && answeredSince && earlier.asksQuestion()) {
                Set<String> then = contentLemmas(earlier);
                long shared = now.stream().filter(then::contains).count();
                if (shared * 2 >= Math.min(now.size(), then.size()) && shared >= 2) {
                    scores.get(PatternIds.FORGETFUL).add("asks-again", 0.3, t.index(), t.opening(8));
                    scores.get(PatternIds.IMPATIENT).add("asks-again", 0.15, t.index(), null);
                    return;
                }
            }
        }
    }

    private static Set<String> contentLemmas(TurnReading t) {
        Set<String> lemmas = new HashSet<>();
        for (Token token : t.turn().analysis().tokens()) {
            if (token.isWord() && !token.quoted() && token.folded().length() >= 4) {
                lemmas.add(token.lemma());
            }
        }
        return lemmas;
    }

    /** Runs of exclamation marks add to panic only when the words already speak of it. */
    private static void exclamationsOfPanic(Reading reading, boolean exclaimed, Map<String, Score> scores) {
        Score panicker = scores.get(PatternIds.PANICKER);
        if (!exclaimed || panicker.confidence() == 0) {
            return;
        }
        for (TurnReading t : reading.customerTurns()) {
            int run = t.punctuationRun('!', 3);
            if (run >= 0) {
                panicker.add("exclamations", 0.25, t.index(), t.quote(run, run));
            }
        }
    }

    /** Earlier contacts on the same matter make forgetting more likely, never alone. */
    private static void repeatContact(Reading reading, Map<String, Score> scores) {
        int previous = reading.view().context().previousContacts();
        Score forgetful = scores.get(PatternIds.FORGETFUL);
        if (previous >= 2 && forgetful.confidence() > 0) {
            forgetful.add("previous-contacts", 0.2, 0, null);
        }
    }

    /**
     * The close pairs of {@code patterns.md}: impatient vs wants-it-now, nervous vs aggressive,
     * social vs chatterbox, know-it-all vs dominant. When both are reportable, the weaker is held
     * just below the threshold; an attack on the person always makes it aggressive, not nervous.
     */
    private static void settleClosePairs(Map<String, Score> scores) {
        settle(scores.get(PatternIds.WANTS_IT_NOW), scores.get(PatternIds.IMPATIENT));
        settle(scores.get(PatternIds.SOCIAL), scores.get(PatternIds.CHATTERBOX));
        settle(scores.get(PatternIds.KNOW_IT_ALL), scores.get(PatternIds.DOMINANT));
        Score aggressive = scores.get(PatternIds.AGGRESSIVE);
        if (aggressive.confidence() >= THRESHOLD) {
            scores.get(PatternIds.NERVOUS).capAt(THRESHOLD - 0.05);
        }
    }

    private static void settle(Score a, Score b) {
        if (a.confidence() < THRESHOLD || b.confidence() < THRESHOLD) {
            return;
        }
        if (a.confidence() >= b.confidence()) {
            b.capAt(THRESHOLD - 0.05);
        } else {
            a.capAt(THRESHOLD - 0.05);
        }
    }

    /** Shouting: most letters in capitals over a message of some length. */
    private static boolean shouting(TurnReading t) {
        return t.turn().analysis().signals().capitalsRatio() >= 0.6 && t.words() >= 4;
    }
}
