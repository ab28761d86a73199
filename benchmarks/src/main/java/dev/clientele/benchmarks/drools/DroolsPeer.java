package dev.clientele.benchmarks.drools;

import dev.clientele.playbooks.api.AnalysedText;
import dev.clientele.playbooks.api.InteractionView;
import dev.clientele.playbooks.api.Token;
import dev.clientele.playbooks.api.TurnView;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The built-in playbooks' recognition of {@code impatient}, {@code wants-it-now}, {@code nervous}
 * and {@code aggressive}, and their escalation rules, run by Drools over the same analysed turns.
 * One compiled rule base, a fresh session per interaction. Thread-safe.
 */
public final class DroolsPeer {

    /** The patterns the peer recognises. */
    public static final Set<String> PATTERNS = Set.of("impatient", "wants-it-now", "nervous", "aggressive");
    /** How many of the most recent turns the rules look at, as in the built-in playbooks. */
    public static final int WINDOW = 30;

    static final Set<String> SIGNALS = Set.of("IMPATIENT", "WANTS_IT_NOW", "NERVOUS", "COMPETENCE_ATTACK", "INSULT",
            "PROFANITY", "THREAT", "ANGER", "SECOND_PERSON", "MANAGER_DEMAND", "TIME_UNIT", "BOUNDARY", "EXPERTISE_GAP");
    private static final String PARSER_PROPERTY = "drools.drl.antlr4.parser.enabled";
    private static final List<String> RULE_FILES = List.of("recognition.drl", "escalation.drl");

    private final KieBase rules;
    private final int ruleCount;

    private DroolsPeer(KieBase rules) {
        this.rules = rules;
        this.ruleCount = rules.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    /**
     * Compiles the cue table with {@code analyse} (the host's analyser, so that cue words become
     * the lemmas the turns carry) and builds the rule base.
     *
     * @throws IllegalStateException when the DRL does not compile
     */
    public static DroolsPeer start(BiFunction<String, String, AnalysedText> analyse) {
        // Drools 10's default ANTLR4 DRL parser took 26 s on this rule base, the earlier parser 12 s; parsing is not
        // what is measured, so use the faster one unless the caller chose.
        if (System.getProperty(PARSER_PROPERTY) == null) {
            System.setProperty(PARSER_PROPERTY, "false");
        }
        List<CueTable.Compiled> cues = CueTable.compile(CueRules.select(CueTable.rows(), SIGNALS), analyse);
        KieHelper helper = new KieHelper();
        helper.addContent(CueRules.drl(cues), "cues.drl");
        for (String file : RULE_FILES) {
            helper.addContent(resource(file), file);
        }
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the peer's DRL does not compile: " + results.getMessages(Message.Level.ERROR));
        }
        return new DroolsPeer(helper.build(EqualityBehaviorOption.EQUALITY));
    }

    /** How many rules the rule base holds. */
    public int ruleCount() {
        return ruleCount;
    }

    /** Runs the rules on the turns of {@code view} up to its {@code asOf}, at most the last {@value #WINDOW}. */
    public PeerVerdict assess(InteractionView view) {
        KieSession session = rules.newKieSession();
        try {
            insertFacts(session, view);
            session.fireAllRules();
            Map<String, Double> confidence = new HashMap<>();
            Set<String> quotable = new HashSet<>();
            Optional<String> escalation = Optional.empty();
            Set<String> reasons = Set.of();
            for (Object fact : session.getObjects(o -> o instanceof PatternScore || o instanceof Escalation)) {
                if (fact instanceof PatternScore score) {
                    confidence.put(score.getPattern(), score.getConfidence());
                    if (score.isQuotable()) {
                        quotable.add(score.getPattern());
                    }
                } else if (fact instanceof Escalation e) {
                    escalation = Optional.of(e.getLevel());
                    reasons = e.getReasons();
                }
            }
            return new PeerVerdict(confidence, quotable, escalation, reasons);
        } finally {
            session.dispose();
        }
    }

    /** Inserts the facts of the window: every turn, every key of every unquoted word, the tokens of customer turns. */
    static void insertFacts(KieSession session, InteractionView view) {
        List<TurnView> turns = view.turns();
        int end = turns.size();
        while (end > 0 && turns.get(end - 1).at().isAfter(view.asOf())) {
            end--;
        }
        String tier = view.account().map(a -> a.tier() == null ? "" : a.tier().toLowerCase(java.util.Locale.ROOT)).orElse("");
        session.insert(new ContextFact(view.context().previousContacts(), tier, view.asOf().toEpochMilli()));
        for (int i = 0; i < end; i++) {
            TurnView turn = turns.get(i);
            session.insert(new Moment(turn.index(), turn.from().id(), turn.at().toEpochMilli()));
        }
        int order = 0;
        for (int i = Math.max(0, end - WINDOW); i < end; i++) {
            TurnView turn = turns.get(i);
            AnalysedText analysis = turn.analysis();
            session.insert(turnFact(turn, order++));
            List<Token> tokens = analysis.tokens();
            int position = 0;
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (turn.byCustomer()) {
                    session.insert(new TokenFact(turn.index(), t, token.kind().name(), token.folded(), token.lemma(),
                            CueTable.stripDiacritics(token.lemma()), token.quoted()));
                }
                if (!CueTable.matchable(token) || token.quoted()) {
                    continue;
                }
                for (String key : keys(token)) {
                    session.insert(new WordKey(analysis.language(), turn.index(), position, t, key, token.negated(),
                            token.lemma(), token.folded()));
                }
                position++;
            }
        }
    }

    private static TurnFact turnFact(TurnView turn, int order) {
        AnalysedText analysis = turn.analysis();
        boolean shouted = false;
        Set<String> content = new HashSet<>();
        for (Token t : analysis.tokens()) {
            if (t.isWord() && !t.quoted()) {
                if (t.text().length() >= 3 && allCapitals(t.text())) {
                    shouted = true;
                }
                if (t.folded().length() >= 4) {
                    content.add(t.lemma());
                }
            }
        }
        return new TurnFact(turn.index(), order, turn.from().id(), turn.at().toEpochMilli() / 1000, analysis.language(),
                analysis.signals().words(), analysis.signals().capitalsRatio(),
                analysis.signals().longestExclamationRun(),
                analysis.signals().questions() > 0 || turn.text().indexOf('?') >= 0, shouted, content);
    }

    private static List<String> keys(Token token) {
        List<String> keys = new ArrayList<>(3);
        keys.add(token.lemma());
        if (!token.folded().equals(token.lemma())) {
            keys.add(token.folded());
        }
        String folded = token.folded();
        if (token.kind() == Token.Kind.HASHTAG && folded.length() > 1 && folded.charAt(0) == '#') {
            String word = folded.substring(1);
            if (!keys.contains(word)) {
                keys.add(word);
            }
        }
        return keys;
    }

    private static boolean allCapitals(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    private static String resource(String name) {
        try (InputStream in = Objects.requireNonNull(DroolsPeer.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
