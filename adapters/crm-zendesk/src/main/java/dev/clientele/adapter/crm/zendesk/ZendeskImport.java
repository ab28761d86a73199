package dev.clientele.adapter.crm.zendesk;

import dev.clientele.adapter.crm.zendesk.internal.RoleRules;
import dev.clientele.adapter.crm.zendesk.internal.ZendeskReading;
import dev.clientele.adapter.json.imports.ImportResult;
import dev.clientele.adapter.json.imports.ImportSink;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns a Zendesk Support export into interactions: one per ticket, its public comments as turns.
 * Reads API responses, JSON Lines, ETL envelopes and the CSV tables of a warehouse sync.
 * Zendesk does not know who pays or decides for an organization, so those roles come from a user
 * field or tag the integrator names; by default the tags {@code payer} and {@code decision_maker}.
 * Immutable and thread-safe; each {@code read} is independent.
 *
 * <pre>{@code
 * ImportResult result = ZendeskImport.builder().payerField("billing_contact").build().read(Path.of("export"));
 * }</pre>
 */
public final class ZendeskImport {

    /** The user tag that marks a payer unless the builder says otherwise. */
    public static final String DEFAULT_PAYER_TAG = "payer";
    /** The user tag that marks a decision-maker unless the builder says otherwise. */
    public static final String DEFAULT_DECISION_MAKER_TAG = "decision_maker";

    private final RoleRules rules;

    private ZendeskImport(RoleRules rules) {
        this.rules = rules;
    }

    /** Payers and decision-makers by the default tags, no tier. */
    public static ZendeskImport withDefaults() {
        return builder().build();
    }

    /** Starts from the defaults of {@link #withDefaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports a file or every {@code .json}, {@code .jsonl}, {@code .ndjson} and warehouse {@code .csv}
     * file under a folder.
     * Records that cannot be mapped are in the result's problems; the rest still imports.
     *
     * @throws UncheckedIOException when the path cannot be read at all, or no temporary file can be created
     */
    public ImportResult read(Path path) {
        ImportResult.Collector collector = ImportResult.collector();
        read(path, collector);
        return collector.result();
    }

    /**
     * Imports like {@link #read(Path)}, handing each interaction and problem to {@code sink} as it is
     * produced. Ids, times and links are held until the end of reading, because a ticket's comments
     * may come in any file; what was said waits in a temporary file that is deleted when the import
     * ends; interactions are not held.
     *
     * @throws UncheckedIOException when the path cannot be read at all, or no temporary file can be created
     */
    public void read(Path path, ImportSink sink) {
        Objects.requireNonNull(sink, "sink");
        if (!Files.exists(Objects.requireNonNull(path, "path"))) {
            throw new UncheckedIOException(new FileNotFoundException(path + " does not exist"));
        }
        ZendeskReading.read(path, rules, sink);
    }

    /** Configures where roles and tiers come from. Each setter replaces the default; null turns a source off. */
    public static final class Builder {

        private String payerField;
        private String payerTag = DEFAULT_PAYER_TAG;
        private String decisionMakerField;
        private String decisionMakerTag = DEFAULT_DECISION_MAKER_TAG;
        private String tierField;

        private Builder() {
        }

        /** A key of {@code user_fields}; a user whose value is true or a non-empty "yes"-like text pays. */
        public Builder payerField(String key) {
            this.payerField = key;
            return this;
        }

        /** A user tag, compared ignoring case, that marks a payer. */
        public Builder payerTag(String tag) {
            this.payerTag = tag;
            return this;
        }

        /** A key of {@code user_fields}; a user whose value is true or a non-empty "yes"-like text decides. */
        public Builder decisionMakerField(String key) {
            this.decisionMakerField = key;
            return this;
        }

        /** A user tag, compared ignoring case, that marks a decision-maker. */
        public Builder decisionMakerTag(String tag) {
            this.decisionMakerTag = tag;
            return this;
        }

        /** A key of {@code organization_fields} holding the account's tier, such as {@code premium}. */
        public Builder tierField(String key) {
            this.tierField = key;
            return this;
        }

        public ZendeskImport build() {
            return new ZendeskImport(new RoleRules(payerField, payerTag, decisionMakerField, decisionMakerTag, tierField));
        }
    }
}
