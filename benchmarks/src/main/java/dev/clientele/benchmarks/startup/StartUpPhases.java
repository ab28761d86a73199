package dev.clientele.benchmarks.startup;

import dev.clientele.adapter.json.InteractionJson;
import dev.clientele.adapter.text.StandardTextAnalyser;
import dev.clientele.benchmarks.jmh.DefaultEngine;
import dev.clientele.core.Clientele;
import dev.clientele.core.application.port.in.InteractionInput;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Times the phases of a cold start in one fresh JVM, in the order the command line meets them:
 * {@code StartUpPhases INTERACTION.json OUT.properties}. Run it in a new process each time; only
 * the first run of each phase in a JVM is a cold start.
 */
public final class StartUpPhases {

    private StartUpPhases() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StartUpPhases INTERACTION.json OUT.properties");
            System.exit(2);
        }
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        InteractionInput input = InteractionJson.read(json);
        long t1 = System.nanoTime();
        StandardTextAnalyser analyser = new StandardTextAnalyser();
        analyser.analyse("Dzień dobry, proszę o kierownika", "pl");
        analyser.analyse("Hello, I want to speak to a manager", "en");
        long t2 = System.nanoTime();
        Properties phases = new Properties();
        try (Clientele clientele = Clientele.builder().textAnalyser(analyser).timeBudget(DefaultEngine.TIME_BUDGET).build()) {
            long t3 = System.nanoTime();
            clientele.view(input);
            long t4 = System.nanoTime();
            clientele.assess(input);
            long t5 = System.nanoTime();
            clientele.assess(input);
            long t6 = System.nanoTime();
            phases.setProperty("json", millis(t0, t1));
            phases.setProperty("analyser", millis(t1, t2));
            phases.setProperty("engine", millis(t2, t3));
            phases.setProperty("view", millis(t3, t4));
            phases.setProperty("first", millis(t4, t5));
            phases.setProperty("second", millis(t5, t6));
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            phases.store(out, "start-up phases in milliseconds");
        }
    }

    private static String millis(long from, long to) {
        return String.format(java.util.Locale.ROOT, "%.1f", (to - from) / 1e6);
    }
}
