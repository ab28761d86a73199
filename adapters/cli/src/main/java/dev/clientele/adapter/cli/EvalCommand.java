package dev.clientele.adapter.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientele.adapter.cli.internal.Engines;
import dev.clientele.adapter.cli.internal.LabelledFiles;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.evaluation.Averages;
import dev.clientele.core.application.evaluation.LabelledMessage;
import dev.clientele.core.application.evaluation.PatternScore;
import dev.clientele.core.application.evaluation.RecognitionEvaluation;
import dev.clientele.core.application.evaluation.Outcome;
import dev.clientele.core.application.evaluation.RecognitionReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code clientele eval FILE.jsonl}: how well the playbooks recognise patterns on a labelled set. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score recognition on labelled messages, one JSON object per line: "
                + "{\"id\",\"lang\",\"text\",\"patterns\":[...],\"wantsEscalation\":bool}. Prints per-pattern "
                + "precision, recall, F1 and support, micro and macro averages, the false-alarm rate and "
                + "escalation accuracy.",
        footerHeading = "%nExamples:%n",
        footer = {
                "  clientele eval ../shared/data/labelled/dev.jsonl",
                "  clientele eval labelled.jsonl --format json > scores.json",
                "",
                "Each message is assessed as a one-turn interaction (its replyingTo message, if any, as the",
                "agent's turn before it). Broken lines are reported as FILE:LINE: /pointer: message and left",
                "out; the exit code is then 2."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE.jsonl", description = "Labelled messages, one JSON object per line.")
    String file;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "text: a table (default); json: one document with every score.")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long[] broken = {0};
        List<LabelledMessage> messages = LabelledFiles.read(file, line -> {
            broken[0]++;
            err.println(line);
        });
        if (messages.isEmpty()) {
            err.println("clientele: " + file + ": no labelled message found");
            return ExitCodes.INVALID;
        }
        List<Outcome> outcomes;
        try (Clientele engine = Engines.start(common.plugins, common.timeBudgetMillis, common.defaultLanguage)) {
            outcomes = new RecognitionEvaluation().outcomes(messages, engine);
        }
        RecognitionReport report = RecognitionReport.of(outcomes);
        Map<String, RecognitionReport> slices = RecognitionReport.bySlice(outcomes);
        List<String> model = builtInModelScores();
        if (format == OutputFormat.json) {
            ObjectNode root = json(report);
            ObjectNode bySlice = root.putObject("slices");
            slices.forEach((slice, r) -> {
                ObjectNode node = bySlice.putObject(slice);
                node.put("messages", r.messages());
                averages(node.putObject("micro"), r.micro());
                node.put("falseAlarms", r.falseAlarms());
                node.put("messagesWithoutPattern", r.messagesWithoutPattern());
            });
            ArrayNode crossValidated = root.putArray("model");
            model.forEach(crossValidated::add);
            out.println(root);
        } else {
            out.print(report.toText());
            if (!slices.isEmpty()) {
                out.printf("%nBy language and source (micro over all patterns):%n");
                out.print(RecognitionReport.SLICE_HEADER);
                slices.forEach((slice, r) -> out.print(r.toSliceLine(slice)));
            }
            if (!model.isEmpty()) {
                out.printf("%nThe built-in model, cross-validated on its own training data (not this file):%n");
                model.forEach(out::println);
            }
        }
        return broken[0] == 0 ? ExitCodes.OK : ExitCodes.INVALID;
    }

    /** Where the default playbooks keep their model; {@code docs/model-card.md} describes the file. */
    private static final String MODEL = "dev/clientele/playbooks/defaults/model/recognition.model";

    /**
     * The version and the cross-validated scores that the built-in model's training run recorded in
     * the model file ({@code version} and {@code cv} lines); none when the model is not on the class path.
     */
    private static List<String> builtInModelScores() {
        List<String> lines = new ArrayList<>();
        try (InputStream in = EvalCommand.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("version\t")) {
                    lines.add("recognition model version " + line.substring("version\t".length()));
                } else if (line.startsWith("cv\t")) {
                    lines.add(line.substring("cv\t".length()));
                } else if (line.startsWith("w\t")) {
                    break;
                }
            }
        } catch (IOException e) {
            lines.add("(the model's scores could not be read: " + e.getMessage() + ")");
        }
        return lines;
    }

    private static ObjectNode json(RecognitionReport report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("messages", report.messages());
        ArrayNode patterns = root.putArray("patterns");
        for (PatternScore score : report.patterns()) {
            ObjectNode p = patterns.addObject();
            p.put("pattern", score.pattern());
            p.put("precision", score.precision());
            p.put("recall", score.recall());
            p.put("f1", score.f1());
            p.put("support", score.support());
            p.put("truePositives", score.truePositives());
            p.put("falsePositives", score.falsePositives());
            p.put("falseNegatives", score.falseNegatives());
        }
        averages(root.putObject("micro"), report.micro());
        averages(root.putObject("macro"), report.macro());
        root.put("messagesWithoutPattern", report.messagesWithoutPattern());
        root.put("falseAlarms", report.falseAlarms());
        root.put("falseAlarmRate", report.falseAlarmRate());
        ObjectNode escalation = root.putObject("escalation");
        escalation.put("accuracy", report.escalationAccuracy());
        escalation.put("correct", report.escalationCorrect());
        escalation.put("missed", report.escalationMissed());
        escalation.put("unwanted", report.escalationUnwanted());
        return root;
    }

    private static void averages(ObjectNode node, Averages averages) {
        node.put("precision", averages.precision());
        node.put("recall", averages.recall());
        node.put("f1", averages.f1());
    }
}
