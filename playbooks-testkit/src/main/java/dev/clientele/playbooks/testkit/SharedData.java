package dev.clientele.playbooks.testkit;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared public data for tests that measure against it. The folder comes
 * from the system property {@code clientele.data} (the build sets it to {@code ../shared/data}).
 * When the data is missing, a test fails if the environment variable {@code CI} is {@code true}
 * and is skipped, with a message on standard error, everywhere else.
 */
public final class SharedData {

    /** The system property that names the shared data folder. */
    public static final String PROPERTY = "clientele.data";

    private SharedData() {
    }

    /** The configured folder, whether or not it exists. */
    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "../shared/data")).toAbsolutePath().normalize();
    }

    /**
     * The file or folder {@code relative} to the shared data folder. Fails the calling test when it
     * is missing in CI, and aborts (skips) it elsewhere.
     */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (Files.exists(path)) {
            return path;
        }
        String message = "shared data not found at " + path + " (set -D" + PROPERTY + "=DIR)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message + "; CI=true requires it");
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }
}
