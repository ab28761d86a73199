package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.CommitmentFinding;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.TurnView;
import dev.clientele.playbooks.defaults.internal.PromiseLexicon.Match;
import dev.clientele.playbooks.defaults.internal.PromiseLexicon.Person;
import dev.clientele.playbooks.defaults.internal.TimeExpressions.Timed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the promises agents make with a time in them and computes when each falls due from the
 * instant of the turn. A promise is a contact the agent's side commits to, by call (a
 * {@code callback}) or in words, news or documents (an {@code update}), with a time of its own in
 * the same clause: "I'll check with the courier and write back within 15 minutes", "give me 5
 * minutes and I'll update you", "oddzwonię za kwadrans", "dam Pani znać jutro rano". The words
 * come from {@link PromiseLexicon}; this class holds the structure:
 * <ul>
 *   <li>who commits: a commitment word before the action ("I'll", "let me", "postaram się"), a
 *       first-person future form ("oddzwonię"), or one of the company's people ("someone from
 *       billing will call you", "nasz technik zadzwoni"); never a courier, a bank or the customer;</li>
 *   <li>what: a contact with the customer, not with a third party ("zadzwonię do kuriera"), and
 *       when something is sent, news rather than goods ("I'll send the replacement router");</li>
 *   <li>when: a time after the action in its clause, or before it in its clause, or the time the
 *       agent asks for ("give me 10 minutes"); never a time in a clause of its own ("when the
 *       technician comes at 3pm"), a hedged one ("usually within 2 days") or a past one;</li>
 *   <li>not taken back: no question, negation, refusal to promise, report of an old promise or
 *       statement of a general rule ("we usually call back within 24 hours").</li>
 * </ul>
 * Clock times and days are read in UTC ({@link Due}). Stateless.
 */
public final class Promises {

    /** How many tokens before an action its commitment word may stand ("I'll check with the courier and write back"). */
    private static final int COMMITMENT_REACH = 12;
    /** How many tokens after an action its time may start. */
    private static final int TIME_REACH = 16;
    /** How many words before a verb form its negation may stand ("nikt nie zadzwoni"). */
    private static final int NEGATION_REACH = 2;
    /** How many tokens after an action may name whom it is made with ("potwierdzę to u przełożonego"). */
    private static final int TARGET_REACH = 3;
    /** How many tokens after a sending verb may name what is sent. */
    private static final int OBJECT_REACH = 6;
    /** How many words a receiving frame may stand before its source ("you'll get a call from us"). */
    private static final int SOURCE_REACH = 8;
    /** How many tokens before a time a hedge makes it no time of the agent's ("usually within 2 days"). */
    private static final int HEDGE_REACH = 2;

    private Promises() {
    }

    /**
     * Every timed promise in the agent turns of the interaction up to its {@code asOf}: the turns
     * of the reading's window and the older agent turns, each read once per analysed text
     * ({@link Lexicons#promisesIn}) and dated here from the turn's own instant.
     */
    public static List<CommitmentFinding> find(Reading reading, Lexicons lexicons) {
        InteractionView view = reading.view();
        if (reading.turns().isEmpty()) {
            return List.of();
        }
        int windowStart = reading.turns().get(0).index();
        List<CommitmentFinding> found = new ArrayList<>();
        for (TurnView turn : view.turns()) {
            if (turn.index() >= windowStart) {
                break;
            }
            if (turn.byAgent()) {
                lexicons.promisesIn(turn.analysis()).forEach(p -> found.add(p.in(turn)));
            }
        }
        for (TurnReading t : reading.turns()) {
            if (t.turn().byAgent()) {
                lexicons.promisesIn(t.turn().analysis()).forEach(p -> found.add(p.in(t.turn())));
            }
        }
        return found;
    }

    /**
     * A promise as the words of one text make it, before it is dated: what is promised, how its
     * due time follows from the instant the turn was said, and the tokens that carry it.
     */
    record Promise(String kind, Due due, int firstToken, int lastToken) {

        /** The finding in {@code turn}, whose analysis this promise was read from. */
        CommitmentFinding in(TurnView turn) {
            return new CommitmentFinding(turn.index(), kind, due.from(turn.at()),
                    TurnReading.quote(turn, firstToken, lastToken));
        }
    }

    /** An action the agent's side commits to: its kind, its tokens, and where the words that commit to it start. */
    private record Act(String kind, int first, int last, int committedFrom) {
    }

    /** A phrase of an action list found in the text, before it is known to be committed to. */
    private record Candidate(String kind, Person person, Match match) {
    }

    /** Every timed promise in a text, in the order of the text; at most one per time expression. */
    static List<Promise> in(AnalysedText text) {
        PromiseLexicon lex = PromiseLexicon.of(text.language());
        Words w = Words.of(text, lex);
        List<Promise> found = new ArrayList<>();
        for (int start = 0; start < w.size(); start = w.sentenceEnd(start) + 1) {
            readSentence(w, start, w.sentenceEnd(start), lex, found);
        }
        return List.copyOf(found);
    }

    private static void readSentence(Words w, int start, int end, PromiseLexicon lex, List<Promise> found) {
        if (w.asked(start) || lex.longest("question", w, start, end) != null) {
            return;
        }
        Optional<Timed> asked = timeAskedFor(w, start, end, lex);
        List<Act> acts = acts(w, start, end, lex);
        Set<Integer> timesUsed = new HashSet<>();
        for (Act act : acts) {
            Optional<Timed> time = timeAfter(w, act, end, lex).or(() -> timeBefore(w, act, lex)).or(() -> asked);
            if (time.isPresent() && timesUsed.add(time.get().firstToken())) {
                Timed t = time.get();
                found.add(new Promise(reported(act.kind()), t.due(), Math.min(act.first(), t.firstToken()),
                        Math.max(act.last(), t.lastToken())));
            }
        }
        if (acts.isEmpty() && asked.isPresent()) {
            Timed t = asked.get();
            found.add(new Promise(CommitmentFinding.UPDATE, t.due(), t.firstToken(), t.lastToken()));
        }
    }

    /** The kind a contact is reported as: sending news is an update. */
    private static String reported(String kind) {
        return kind.equals("callback") ? CommitmentFinding.CALLBACK : CommitmentFinding.UPDATE;
    }

    /** "give me 10 minutes", "daj mi kwadrans": the time the agent asks for to come back. */
    private static Optional<Timed> timeAskedFor(Words w, int start, int end, PromiseLexicon lex) {
        for (int i = start; i <= end; i++) {
            Match giveMe = lex.longest("give me", w, i, end);
            if (giveMe != null && !negatedBefore(w, i, NEGATION_REACH, lex)) {
                Optional<Timed> amount = TimeExpressions.amount(w, giveMe.last() + 1, w.pieceEnd(i), lex, true);
                if (amount.isPresent()) {
                    return Optional.of(new Timed(amount.get().due(), i, amount.get().lastToken()));
                }
            }
        }
        return Optional.empty();
    }

    // ---- Who commits ------------------------------------------------------------------------

    /** The committed actions of a sentence, longest phrases first at each place, none inside another. */
    private static List<Act> acts(Words w, int start, int end, PromiseLexicon lex) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            if (w.quoted(i)) {
                continue;
            }
            List<Candidate> here = new ArrayList<>();
            for (PromiseLexicon.Actions list : PromiseLexicon.ACTIONS) {
                for (Match m : lex.all(list.section(), w, i, end)) {
                    here.add(new Candidate(list.contact(), list.person(), m));
                }
            }
            candidates.addAll(likeliestPerson(w, here));
        }
        List<Act> acts = new ArrayList<>();
        for (Candidate c : candidates) {
            if (insideAnother(c, candidates)) {
                continue;
            }
            committed(w, c, lex).ifPresent(acts::add);
        }
        for (int i = start; i <= end; i++) {
            received(w, i, end, lex).ifPresent(acts::add);
        }
        acts.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return acts;
    }

    /**
     * Of the verb forms that fold to one written word, the person the writing shows: "wyśle" with its
     * diacritics is the third person, while "wysle", typed without any, is read as the agent's own "wyślę".
     */
    private static List<Candidate> likeliestPerson(Words w, List<Candidate> here) {
        if (here.size() < 2) {
            return here;
        }
        boolean typedPlain = w.written(here.get(0).match().first()).equals(w.folded(here.get(0).match().first()));
        List<Candidate> exact = here.stream().filter(c -> c.match().writtenExactly(w)).toList();
        List<Candidate> pool = exact.isEmpty() || typedPlain ? here : exact;
        Person best = null;
        for (Person p : Person.values()) {
            if (pool.stream().anyMatch(c -> c.person() == p)) {
                best = p;
                break;
            }
        }
        Person chosen = best;
        return pool.stream().filter(c -> c.person() == chosen).toList();
    }

    private static boolean insideAnother(Candidate c, List<Candidate> all) {
        for (Candidate other : all) {
            if (other == c) {
                continue;
            }
            boolean covers = other.match().first() <= c.match().first() && other.match().last() >= c.match().last();
            boolean longer = other.match().last() - other.match().first() > c.match().last() - c.match().first();
            if (covers && (longer || other.match().first() < c.match().first())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Act> committed(Words w, Candidate c, PromiseLexicon lex) {
        Match m = c.match();
        if (lex.has("determiner", w, m.first() - 1)) {
            // "your email", "a reply": the word names a thing, not an action.
            return Optional.empty();
        }
        int committedFrom = m.first();
        switch (c.person()) {
            case AFTER_COMMITMENT -> {
                int frame = commitmentBefore(w, m.first(), lex);
                if (frame < 0 || negatedBetween(w, frame, m.first() - 1, lex) || delegatedToOthers(w, frame, m.first(), lex)) {
                    return Optional.empty();
                }
                committedFrom = frame;
            }
            case FIRST -> {
                if (negatedBefore(w, m.first(), NEGATION_REACH, lex)) {
                    return Optional.empty();
                }
            }
            case THIRD, THIRD_PLURAL -> {
                if (negatedBefore(w, m.first(), NEGATION_REACH, lex) || !saidOfOurPeople(w, m, c.person(), lex)) {
                    return Optional.empty();
                }
            }
            default -> throw new IllegalStateException("unknown person " + c.person());
        }
        if (takenBack(w, committedFrom, lex) || madeWithOthers(w, m, c.person(), lex)
                || c.kind().equals("send") && !sendsNewsToTheCustomer(w, m, lex)) {
            return Optional.empty();
        }
        return Optional.of(new Act(c.kind(), m.first(), m.last(), committedFrom));
    }

    /** The first token of the commitment word that binds an action at {@code action}, or -1. */
    private static int commitmentBefore(Words w, int action, PromiseLexicon lex) {
        int limit = Math.max(w.sentenceStart(action), action - COMMITMENT_REACH);
        for (int p = action - 1; p >= limit; p--) {
            if (lex.longest("contrast", w, p, action - 1) != null) {
                return -1;
            }
            for (int q = Math.max(limit, p - 3); q <= p; q++) {
                // The longest commitment phrase that reaches this word: "I will", not the bare "will".
                Match commitment = lex.longest("commitment", w, q, action - 1);
                if (commitment != null && commitment.last() >= p) {
                    return q;
                }
            }
            Match auxiliary = lex.longest("auxiliary", w, p, action - 1);
            if (auxiliary != null) {
                boolean relative = lex.has("relative", w, p - 1);
                int subjectFrom = relative ? w.sentenceStart(p) : w.pieceStart(p);
                return subjectIsOurs(w, subjectFrom, p - 1, lex) ? p : -1;
            }
            String word = w.folded(p);
            String contracted = lex.ending("auxiliary endings", word);
            if (contracted != null) {
                // "someone'll", "she'll": a contracted auxiliary whose subject is not the speaker.
                return lex.hasWord("our people", word.substring(0, word.length() - contracted.length())) ? p : -1;
            }
        }
        return -1;
    }

    /** Whether the words before an auxiliary name one of the company's people and no one else. */
    private static boolean subjectIsOurs(Words w, int from, int to, PromiseLexicon lex) {
        boolean ours = false;
        for (int k = from; k <= to; k++) {
            if (lex.has("third parties", w, k) || lex.has("customer", w, k)) {
                return false;
            }
            ours |= lex.has("our people", w, k);
        }
        return ours;
    }

    /** "I'll ask the courier to call you": the action is delegated to someone outside the company. */
    private static boolean delegatedToOthers(Words w, int frame, int action, PromiseLexicon lex) {
        if (!lex.has("infinitive", w, action - 1)) {
            return false;
        }
        for (int k = frame + 1; k < action; k++) {
            if (lex.has("third parties", w, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A third-person form commits the company when nobody outside it, nor the customer, is its subject,
     * and, in the singular, one of the company's people is named in its clause.
     */
    private static boolean saidOfOurPeople(Words w, Match m, Person person, PromiseLexicon lex) {
        int from = w.pieceStart(m.first());
        for (int k = from; k < m.first(); k++) {
            if (lex.has("third parties", w, k) || lex.has("customer, subject", w, k)) {
                return false;
            }
        }
        if (lex.has("customer, subject", w, m.last() + 1)) {
            return false;
        }
        if (person == Person.THIRD_PLURAL) {
            return true;
        }
        // After a relative pronoun the subject was named earlier in the sentence: "koledze, który oddzwoni".
        boolean relative = false;
        for (int k = from; k < m.first(); k++) {
            relative |= lex.has("relative", w, k);
        }
        for (int k = relative ? w.sentenceStart(m.first()) : from; k <= w.pieceEnd(m.first()); k++) {
            if (lex.has("our people", w, k)) {
                return true;
            }
        }
        return false;
    }

    /** A question, a refusal to promise, a report of an old promise or a general rule before the words that commit. */
    private static boolean takenBack(Words w, int committedFrom, PromiseLexicon lex) {
        int sentence = w.sentenceStart(committedFrom);
        int piece = w.pieceStart(committedFrom);
        if (lex.longest("question", w, piece, committedFrom) != null) {
            return true;
        }
        for (int k = sentence; k < committedFrom; k++) {
            if (lex.longest("declined", w, k, committedFrom - 1) != null || lex.longest("reported", w, k, committedFrom - 1) != null
                    || lex.longest("usually", w, k, committedFrom - 1) != null) {
                return true;
            }
        }
        for (int k = piece; k < committedFrom; k++) {
            if (lex.longest("subordinate", w, k, committedFrom - 1) != null) {
                return true;
            }
        }
        return false;
    }

    // ---- With whom, and what ----------------------------------------------------------------

    /**
     * "zadzwonię do kuriera", "odpiszę kurierowi", "I'll confirm with the warehouse": the contact is with
     * someone other than the customer. After a third-person form the next word may be its subject instead.
     */
    private static boolean madeWithOthers(Words w, Match m, Person person, PromiseLexicon lex) {
        if (lex.has("customer", w, m.last() + 1)) {
            return false;
        }
        boolean ownAction = person == Person.FIRST || person == Person.AFTER_COMMITMENT;
        if (ownAction && (lex.has("third parties", w, m.last() + 1) || lex.has("our people", w, m.last() + 1))) {
            return true;
        }
        int limit = Math.min(w.pieceEnd(m.first()), m.last() + TARGET_REACH);
        int from = lex.has("to", w, m.last()) ? m.last() : m.last() + 1;
        for (int k = from; k <= limit; k++) {
            if (!lex.has("to", w, k)) {
                continue;
            }
            for (int j = k + 1; j <= Math.min(k + 3, w.pieceEnd(m.first())); j++) {
                if (lex.has("customer", w, j)) {
                    return false;
                }
                if (lex.has("third parties", w, j) || lex.has("our people", w, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What is sent goes to the customer and is news, not goods: "the quote", not "the replacement router". */
    private static boolean sendsNewsToTheCustomer(Words w, Match m, PromiseLexicon lex) {
        int limit = Math.min(w.pieceEnd(m.first()), m.last() + OBJECT_REACH);
        boolean toTheCustomer = lex.has("customer", w, m.last() + 1);
        for (int k = m.first(); k <= m.last(); k++) {
            toTheCustomer |= lex.has("customer", w, k);
        }
        boolean news = false;
        boolean goods = false;
        // What is sent may stand inside the phrase ("get the quote to you") or after it.
        for (int k = m.first() + 1; k <= limit; k++) {
            if (lex.longest("subordinate", w, k, limit) != null || lex.longest("contrast", w, k, limit) != null
                    || TimeExpressions.at(w, k, limit, lex).isPresent()) {
                // What is sent is named before the clause ends or its time begins.
                break;
            }
            if (!toTheCustomer && (lex.has("third parties", w, k) || lex.has("our people", w, k))) {
                return false;
            }
            news |= lex.has("news", w, k);
            goods |= lex.has("not news", w, k);
        }
        return news || !goods;
    }

    /** "You'll hear from me", "expect a call from us", "dostanie Pan ode mnie maila": the customer receives the contact. */
    private static Optional<Act> received(Words w, int i, int end, PromiseLexicon lex) {
        Match frame = lex.longest("receiving", w, i, end);
        if (frame == null) {
            Match imperative = lex.longest("receiving, imperative", w, i, end);
            frame = imperative != null && i == w.pieceStart(i) ? imperative : null;
        }
        if (frame == null || w.quoted(i)) {
            return Optional.empty();
        }
        int pieceEnd = w.pieceEnd(i);
        for (int k = frame.last() + 1; k <= Math.min(pieceEnd, frame.last() + SOURCE_REACH); k++) {
            Match source = lex.longest("from us", w, k, pieceEnd);
            if (source == null) {
                continue;
            }
            String kind = null;
            int last = source.last();
            for (int j = frame.last() + 1; j <= Math.min(pieceEnd, source.last() + 3); j++) {
                if (j >= source.first() && j <= source.last()) {
                    continue;
                }
                boolean call = lex.has("call", w, j);
                if (call || kind == null && lex.has("news", w, j)) {
                    kind = call ? "callback" : "update";
                    last = Math.max(last, j);
                }
            }
            if (kind == null || takenBack(w, i, lex)) {
                return Optional.empty();
            }
            return Optional.of(new Act(kind, i, last, i));
        }
        return Optional.empty();
    }

    // ---- When -------------------------------------------------------------------------------

    /** The first time after the action in its clause; after a comma only when the next piece starts with it. */
    private static Optional<Timed> timeAfter(Words w, Act act, int end, PromiseLexicon lex) {
        int limit = Math.min(end, act.last() + TIME_REACH);
        int i = act.last() + 1;
        while (i <= limit) {
            if (w.isPunctuation(i) && w.pieceEnd(i) == i) {
                return timeOpening(w, i + 1, lex);
            }
            if (lex.longest("contrast", w, i, limit) != null || startsAClause(w, i, lex)) {
                return Optional.empty();
            }
            Optional<Timed> time = TimeExpressions.at(w, i, w.pieceEnd(i), lex);
            if (time.isPresent()) {
                if (!notTheAgents(w, time.get(), lex)) {
                    return time;
                }
                i = time.get().lastToken() + 1;
                continue;
            }
            if (lex.longest("subordinate", w, i, limit) != null) {
                i = w.pieceEnd(i);
                continue;
            }
            i++;
        }
        return Optional.empty();
    }

    /** A time at the start of the piece from {@code i}, after words that lead on to it ("at the latest"). */
    private static Optional<Timed> timeOpening(Words w, int i, PromiseLexicon lex) {
        if (i >= w.size()) {
            return Optional.empty();
        }
        int j = i;
        Match bridge = lex.longest("bridge", w, j, w.pieceEnd(i));
        Optional<Timed> time = Optional.empty();
        if (bridge != null) {
            time = TimeExpressions.at(w, bridge.last() + 1, w.pieceEnd(i), lex);
        }
        if (time.isEmpty()) {
            time = TimeExpressions.at(w, j, w.pieceEnd(i), lex);
        }
        return time.filter(t -> !notTheAgents(w, t, lex));
    }

    /** "and the courier...": after "and", a word that starts a clause with its own subject. */
    private static boolean startsAClause(Words w, int i, PromiseLexicon lex) {
        return lex.has("and", w, i) && lex.longest("new subject", w, i + 1, w.pieceEnd(i)) != null;
    }

    /**
     * The time before the words that commit, in their clause (after the last "and" or "but" that is not
     * inside a time), or the whole piece before them if it is only a time ("Tomorrow morning, I'll call").
     */
    private static Optional<Timed> timeBefore(Words w, Act act, PromiseLexicon lex) {
        int to = act.committedFrom() - 1;
        int from = w.pieceStart(act.committedFrom());
        Optional<Timed> found = Optional.empty();
        boolean subordinate = false;
        boolean joined = false;
        for (int k = from; k <= to; ) {
            Optional<Timed> time = TimeExpressions.at(w, k, to, lex);
            if (time.isPresent()) {
                if (found.isEmpty() && !subordinate && !notTheAgents(w, time.get(), lex)) {
                    found = time;
                }
                k = time.get().lastToken() + 1;
                continue;
            }
            if (lex.has("and", w, k) || lex.longest("contrast", w, k, to) != null) {
                found = Optional.empty();
                subordinate = false;
                joined = true;
            } else if (lex.longest("subordinate", w, k, to) != null) {
                subordinate = true;
            }
            k++;
        }
        if (found.isPresent() || joined || from < 2 || !w.isPunctuation(from - 1)
                || w.sentenceStart(from - 2) != w.sentenceStart(from)) {
            return found;
        }
        int previous = w.pieceStart(from - 2);
        Optional<Timed> time = TimeExpressions.at(w, previous, from - 2, lex);
        return time.filter(t -> t.lastToken() == from - 2 && !notTheAgents(w, t, lex));
    }

    /** A time that is hedged ("usually within 2 days") or past ("15 minutes ago") is not the promise's. */
    private static boolean notTheAgents(Words w, Timed t, PromiseLexicon lex) {
        for (int k = Math.max(w.pieceStart(t.firstToken()), t.firstToken() - HEDGE_REACH); k < t.firstToken(); k++) {
            if (lex.longest("usually", w, k, t.firstToken() - 1) != null) {
                return true;
            }
        }
        return lex.longest("past", w, t.lastToken() + 1, w.pieceEnd(t.firstToken())) != null;
    }

    // ---- Negation ---------------------------------------------------------------------------

    private static boolean negatedBefore(Words w, int at, int reach, PromiseLexicon lex) {
        return negatedBetween(w, Math.max(w.pieceStart(at), at - reach), at - 1, lex);
    }

    private static boolean negatedBetween(Words w, int from, int to, PromiseLexicon lex) {
        for (int k = from; k <= to; k++) {
            boolean negation = lex.has("negation", w, k) || lex.ending("negation endings", w.folded(k)) != null;
            if (negation && !inIdiom(w, k, lex)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the negation word at {@code k} belongs to an idiom that negates nothing ("no problem"). */
    private static boolean inIdiom(Words w, int k, PromiseLexicon lex) {
        for (int p = Math.max(0, k - 2); p <= k; p++) {
            Match idiom = lex.longest("not a negation", w, p, w.size() - 1);
            if (idiom != null && idiom.last() >= k) {
                return true;
            }
        }
        return false;
    }
}
