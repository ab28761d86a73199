package dev.clientele.playbooks.defaults.internal;

import dev.clientele.playbooks.spi.PlaybookContext;

import java.nio.file.Path;

/**
 * Which recognition model a playbook uses: the file named by its {@code model} setting, else the
 * built-in one, read once per process since it never changes. Thread-safe.
 */
public final class Models {

    private static volatile RecognitionModel builtIn;

    private Models() {
    }

    /** The model for this context; fails naming the file when it is missing or corrupt. */
    public static RecognitionModel load(PlaybookContext context) {
        // The swearing lists feed the model's features: read them now, so a broken list fails start(), not a turn.
        SwearWords.shared();
        return context.setting("model").filter(v -> !v.isBlank())
                .map(v -> RecognitionModel.of(Path.of(v.strip())))
                .orElseGet(Models::builtIn);
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
