package dev.clientele.benchmarks.drools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the cue table as DRL, one rule per compiled phrase and choice of key, the way a
 * decision table expands into rules. Every condition is an equality on {@link WordKey#getKey()},
 * which Drools indexes; the words of a two-word phrase are adjacent, those of a longer phrase
 * follow within one word of each other. The rules insert {@link RawHit}s.
 */
final class CueRules {

    /** How many other words may stand between two words of a phrase, as in the built-in playbooks. */
    static final int MAX_GAP = 1;
    private static final int TOP_SALIENCE = 100_000;

    private CueRules() {
    }

    /**
     * The rows the peer needs: those of {@code signals}, and rows of other signals with the same
     * phrase in the same language, which the built-in matcher lets shadow them.
     */
    static List<CueTable.Row> select(List<CueTable.Row> rows, Set<String> signals) {
        Set<String> wanted = new HashSet<>();
        for (CueTable.Row row : rows) {
            if (signals.contains(row.signal())) {
                wanted.add(row.language() + "\t" + row.phrase());
            }
        }
        return rows.stream().filter(r -> signals.contains(r.signal()) || wanted.contains(r.language() + "\t" + r.phrase()))
                .toList();
    }

    /** The DRL package of the cue rules. */
    static String drl(List<CueTable.Compiled> cues) {
        StringBuilder drl = new StringBuilder(cues.size() * 400);
        drl.append("package dev.clientele.benchmarks.drools.rules;\n\n")
                .append("import dev.clientele.benchmarks.drools.WordKey;\n")
                .append("import dev.clientele.benchmarks.drools.RawHit;\n\n");
        int rule = 0;
        for (CueTable.Compiled cue : cues) {
            for (List<String> choice : choices(cue.keys())) {
                rule(drl, rule++, cue, choice);
            }
        }
        return drl.toString();
    }

    private static void rule(StringBuilder drl, int number, CueTable.Compiled cue, List<String> keys) {
        CueTable.Row row = cue.row();
        // Earlier rows fire first, so that a phrase listed under two signals counts for the first, as in the playbooks.
        drl.append("rule \"cue ").append(number).append("\"\n    salience ").append(TOP_SALIENCE - row.order())
                .append("\nwhen\n");
        for (int i = 0; i < keys.size(); i++) {
            drl.append("    $w").append(i).append(" : WordKey(");
            if (i == 0) {
                drl.append("language == ").append(literal(row.language())).append(", ");
            } else {
                drl.append("turn == $w0.turn, ");
            }
            drl.append("key == ").append(literal(keys.get(i)));
            if (!cue.anyNegation()) {
                drl.append(", negated == ").append(cue.negated().get(i));
            }
            if (i > 0 && keys.size() >= 3) {
                drl.append(", position > $w").append(i - 1).append(".position, position <= $w").append(i - 1)
                        .append(".position + ").append(1 + MAX_GAP);
            } else if (i > 0) {
                drl.append(", position == $w").append(i - 1).append(".position + 1");
            }
            drl.append(")\n");
        }
        drl.append("then\n    insert(new RawHit(").append(literal(row.signal())).append(", ").append(row.weight())
                .append(", ").append(literal(row.phrase())).append(", $w0.getTurn(), $w0.getToken(), $w")
                .append(keys.size() - 1).append(".getToken()));\nend\n\n");
    }

    /** Every way to pick one key per word. */
    static List<List<String>> choices(List<List<String>> keys) {
        List<List<String>> result = new ArrayList<>();
        result.add(List.of());
        for (List<String> options : keys) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : result) {
                for (String option : options) {
                    List<String> longer = new ArrayList<>(prefix);
                    longer.add(option);
                    next.add(longer);
                }
            }
            result = next;
        }
        return result;
    }

    static String literal(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
