package dev.clientele.playbooks.defaults;

import dev.clientele.playbooks.api.Involvement;
import dev.clientele.playbooks.api.PartyView;
import dev.clientele.playbooks.api.Role;
import dev.clientele.playbooks.spi.PlaybookRequest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an end user's request involves the payer, on sentences written for the purpose
 * ({@code docs/quality/contract-decisions}, half asking for a contract decision, half not: how-it-works
 * questions, negations, third parties, past events, other uses of the same words). Each sentence is
 * the one customer turn of an interaction whose requester is an end user of an account with a payer.
 * The limits are the recall and the share of false involvements reached when the rule was built,
 * with a small margin (one sentence of twenty in the held-out files); the numbers and every
 * sentence decided wrong go to {@code contract-decisions-report.txt} in the build folder.
 */
class ContractDecisionsTests {

    private static final Path SENTENCES = Path.of("../docs/quality/contract-decisions");
    private static final PartyView PAYER = new PartyView("u-2", "Payer", Set.of(Role.PAYER));
    /** Per file: the lowest recall and the highest share of false involvements kept. */
    private static final Map<String, double[]> LIMITS = Map.of(
            "en.tsv", new double[] {0.96, 0.03}, "pl.tsv", new double[] {0.97, 0.03},
            "held-out-en.tsv", new double[] {0.90, 0.10}, "held-out-pl.tsv", new double[] {0.90, 0.10});
    /** The sentences written first, with at least this many of each kind; the held-out files were written after the rule. */
    private static final int SIZE = 75;

    @Test
    void involvesThePayerForContractDecisionsAndOnlyForThem() throws IOException, URISyntaxException {
        EscalationPlaybook playbook = new EscalationPlaybook();
        playbook.start(Conversation.CONTEXT);
        StringBuilder report = new StringBuilder("file              intent  involved  recall  other  involved  false-involvements\n");
        StringBuilder misses = new StringBuilder();
        SoftAssertions softly = new SoftAssertions();
        for (String file : List.of("en.tsv", "pl.tsv", "held-out-en.tsv", "held-out-pl.tsv")) {
            String language = file.contains("pl") ? "pl" : "en";
            int intents = 0;
            int found = 0;
            int others = 0;
            int falseInvolvements = 0;
            for (String line : Files.readAllLines(SENTENCES.resolve(file), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                boolean intent = line.substring(0, tab).equals("yes");
                String sentence = line.substring(tab + 1);
                Conversation c = Conversation.in(language).requesterIs(Role.END_USER).account("standard", PAYER).customer(sentence);
                boolean involved = playbook.assess(new PlaybookRequest(c.view(), Conversation.CONTEXT)).involvements()
                        .contains(new Involvement(Role.PAYER, "contract-change"));
                if (intent) {
                    intents++;
                    found += involved ? 1 : 0;
                } else {
                    others++;
                    falseInvolvements += involved ? 1 : 0;
                }
                if (intent != involved) {
                    misses.append(intent ? "missed  " : "false   ").append(file).append("  ").append(sentence).append('\n');
                }
            }
            double recall = found / (double) intents;
            double falseRate = falseInvolvements / (double) others;
            report.append(String.format("%-17s %6d %9d %7.3f %6d %9d %19.3f%n", file, intents, found, recall, others,
                    falseInvolvements, falseRate));
            if (!file.startsWith("held-out")) {
                softly.assertThat(intents).as("%s: sentences asking for a decision", file).isGreaterThanOrEqualTo(SIZE);
                softly.assertThat(others).as("%s: sentences not asking for one", file).isGreaterThanOrEqualTo(SIZE);
            }
            softly.assertThat(recall).as("%s: recall", file).isGreaterThanOrEqualTo(LIMITS.get(file)[0]);
            softly.assertThat(falseRate).as("%s: share of false involvements", file).isLessThanOrEqualTo(LIMITS.get(file)[1]);
        }
        Path folder = Path.of(ContractDecisionsTests.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Files.writeString(folder.resolve("contract-decisions-report.txt"), report + "\n" + misses, StandardCharsets.UTF_8);
        softly.assertAll();
    }
}
