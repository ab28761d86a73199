package dev.clientele.adapter.crm.salesforce;

import dev.clientele.adapter.crm.salesforce.internal.SalesforceReading;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.adapter.json.imports.ImportSink;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Turns a Salesforce export into interactions: one per Case, its Description as the first customer
 * turn, published CaseComments and EmailMessages as further turns. Reads {@code sf data tree} files
 * (linked by {@code @referenceId}), their plan files, and REST query results (linked by Id).
 * A Case that Salesforce marks as escalated ({@code IsEscalated}, or the status {@code Escalated}) is
 * listed in {@link ImportResult#escalatedInSource()}, because the contract has no field for it.
 * Immutable and thread-safe; each {@code read} is independent.
 *
 * <pre>{@code
 * ImportResult result = SalesforceImport.withDefaults().read(Path.of("data/sample-data-plan.json"));
 * }</pre>
 */
public final class SalesforceImport {

    private final String tierField;
    private final Clock clock;

    private SalesforceImport(String tierField, Clock clock) {
        this.tierField = tierField;
        this.clock = clock;
    }

    /** No tier; records without a date are dated at the moment of import, by the system clock. */
    public static SalesforceImport withDefaults() {
        return builder().build();
    }

    /** Starts from the defaults of {@link #withDefaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports a plan file (and the data files it lists), a data file, or every {@code .json} and
     * {@code .jsonl} file under a folder. Records that cannot be mapped are in the result's problems;
     * the rest still imports.
     *
     * @throws UncheckedIOException when the path cannot be read at all
     */
    public ImportResult read(Path path) {
        ImportResult.Collector collector = ImportResult.collector();
        read(path, collector);
        return collector.result();
    }

    /**
     * Imports like {@link #read(Path)}, handing each interaction and problem to {@code sink} as it is
     * produced. The export's records are held until its links are resolved; interactions are not.
     *
     * @throws UncheckedIOException when the path cannot be read at all
     */
    public void read(Path path, ImportSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (!Files.exists(Objects.requireNonNull(path, "path"))) {
            throw new UncheckedIOException(new FileNotFoundException(path + " does not exist"));
        }
        SalesforceReading.read(path, tierField, clock, sink);
    }

    /** Configures the import. */
    public static final class Builder {

        private String tierField;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** An Account field holding the contract tier, such as {@code Tier__c}; null for none. */
        public Builder tierField(String field) {
            this.tierField = field;
            return this;
        }

        /**
         * The clock that dates records without {@code CreatedDate} or {@code MessageDate}, as
         * {@code sf data tree} seed files are. Each such record is also reported as a problem.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public SalesforceImport build() {
            return new SalesforceImport(tierField, clock);
        }
    }
}
