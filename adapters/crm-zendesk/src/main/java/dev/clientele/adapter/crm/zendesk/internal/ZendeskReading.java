package dev.clientele.adapter.crm.zendesk.internal;

import dev.clientele.adapter.json.imports.ImportSink;

import java.nio.file.Path;

/** One import run: read every file, then map the tickets. */
public final class ZendeskReading {

    private ZendeskReading() {
    }

    /** Reads {@code path} (a file or a folder) and sends interactions and problems to {@code sink}. */
    public static void read(Path path, RoleRules rules, ImportSink sink) {
        try (TextSpill texts = TextSpill.create()) {
            ZendeskExport export = new ZendeskExport(rules, texts);
            new ExportReader(export, sink).read(path);
            new TicketMapping(export, sink).mapAll();
        }
    }
}
