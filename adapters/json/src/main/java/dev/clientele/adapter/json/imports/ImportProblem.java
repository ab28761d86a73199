package dev.clientele.adapter.json.imports;

import java.util.Comparator;
import java.util.Objects;

/**
 * A source record an importer could not map as it stands.
 *
 * @param recordId the record in the source system's words, such as {@code ticket 145} or {@code Case 5003X00001}; not blank
 * @param reason   what was wrong, in one line; not blank
 * @param outcome  whether the record was left out or imported under the assumption the reason states
 */
public record ImportProblem(String recordId, String reason, Outcome outcome) implements Comparable<ImportProblem> {

    private static final Comparator<ImportProblem> ORDER = Comparator.comparing(ImportProblem::recordId)
            .thenComparing(ImportProblem::outcome)
            .thenComparing(ImportProblem::reason);

    /** What became of the record. */
    public enum Outcome {
        /** Left out of the import; the rest still imports. */
        SKIPPED,
        /** Imported, with the assumption the reason states. */
        IMPORTED_WITH_ASSUMPTION
    }

    public ImportProblem {
        if (recordId == null || recordId.isBlank()) {
            throw new IllegalArgumentException("an import problem names its record");
        }
        if (reason == null || reason.isBlank() || reason.contains("\n")) {
            throw new IllegalArgumentException("an import problem has a one-line reason");
        }
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A record that was left out because of {@code reason}. */
    public static ImportProblem skipped(String recordId, String reason) {
        return new ImportProblem(recordId, reason, Outcome.SKIPPED);
    }

    /** A record that was imported under the assumption {@code reason} states. */
    public static ImportProblem assumed(String recordId, String reason) {
        return new ImportProblem(recordId, reason, Outcome.IMPORTED_WITH_ASSUMPTION);
    }

    /** Orders by record, then outcome, then reason, so that a report reads the same on every run. */
    @Override
    public int compareTo(ImportProblem other) {
        return ORDER.compare(this, other);
    }

    /** {@code record: reason (skipped)}, the one-line form a command line prints. */
    @Override
    public String toString() {
        return recordId + ": " + reason + (outcome == Outcome.SKIPPED ? " (skipped)" : " (imported)");
    }
}
