/**
 * The JSON contract: reads {@code clientele.interaction/v1} and writes {@code clientele.assessment/v1},
 * single documents and JSON Lines, streaming and within documented limits.
 */
module dev.clientele.adapter.json {
    requires transitive dev.clientele.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports dev.clientele.adapter.json;
    exports dev.clientele.adapter.json.imports;
}
