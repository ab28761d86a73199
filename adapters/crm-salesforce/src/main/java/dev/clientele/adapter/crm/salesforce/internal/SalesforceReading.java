package dev.clientele.adapter.crm.salesforce.internal;

import dev.clientele.adapter.json.imports.ImportSink;

import java.nio.file.Path;
import java.time.Clock;

/** One import run: read every record, resolve the links, map the Cases. */
public final class SalesforceReading {

    private SalesforceReading() {
    }

    /**
     * Reads {@code path} and sends interactions and problems to {@code sink}.
     *
     * @param tierField the Account field holding the contract tier; null for none
     * @param clock     dates records that carry no date, as Salesforce does on insert
     */
    public static void read(Path path, String tierField, Clock clock, ImportSink sink) {
        new CaseMapping(new RecordReader(sink).read(path), tierField, clock, sink).mapAll();
    }
}
