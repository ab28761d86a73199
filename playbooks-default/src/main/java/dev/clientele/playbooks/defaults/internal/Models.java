package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.spi.PlaybookContext;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which recognition model a playbook uses: the file named by its {@code model} setting, none when
 * the setting is {@value #RULES_ONLY} (the rules alone decide every pattern, as the Drools peer of the
 * benchmarks does), else the built-in one, read once per process since it never changes. Thread-safe.
 */
public final class Models {

    /** The {@code model} setting that leaves every pattern to the rules. */
    public static final String RULES_ONLY = "none";

    private static volatile RecognitionModel builtIn;

    private Models() {
    }

    /** The model for this context, empty for {@value #RULES_ONLY}; fails naming the file when it is missing or corrupt. */
    public static Optional<RecognitionModel> load(PlaybookContext context) {
        // The swearing lists feed the model's features: read them now, so a broken list fails start(), not a turn.
        SwearWords.shared();
        Optional<String> setting = context.setting("model").map(String::strip).filter(v -> !v.isEmpty());
        if (setting.filter(RULES_ONLY::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(setting.map(v -> RecognitionModel.of(Path.of(v))).orElseGet(Models::builtIn));
    }

    private static RecognitionModel builtIn() {
        RecognitionModel m = builtIn;
        if (m == null) {
            synchronized (Models.class) {
                if (builtIn == null) {
                    builtIn = RecognitionModel.builtIn();
                }
                m = builtIn;
            }
        }
        return m;
    }
}
