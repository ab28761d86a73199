package dev.clientele.adapter.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.clientele.adapter.json.JsonLimits;
import dev.clientele.core.application.port.in.InteractionInput;

import java.time.Instant;

/**
 * The one Jackson configuration of the contract: strict about types (no number for a string,
 * no string for a number), lenient about unknown fields, and bounded by {@link JsonLimits}.
 */
public final class ContractMapper {

    /** Shared and thread-safe once configured. */
    public static final ObjectMapper MAPPER = create();

    /**
     * Reads {@code clientele.interaction/v1}; its deserialiser is built once, here, instead of
     * being looked up on every call.
     */
    public static final ObjectReader INTERACTIONS = MAPPER.readerFor(InteractionInput.class);

    private ContractMapper() {
    }

    private static ObjectMapper create() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(JsonLimits.MAX_DOCUMENT_CHARACTERS)
                        .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                        .maxStringLength(JsonLimits.MAX_STRING_CHARACTERS)
                        .maxNameLength(JsonLimits.MAX_FIELD_NAME_CHARACTERS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Locations name the line and column of malformed JSON; the source itself is never echoed.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        SimpleModule instants = new SimpleModule("clientele-instants")
                .addSerializer(Instant.class, new InstantCodec.Writer())
                .addDeserializer(Instant.class, new InstantCodec.Reader());
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(instants)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Both context counts are optional: absent (or null) means none.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        // A number where the contract wants text (or the reverse) is a mistake worth reporting.
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** A parser for {@code text} with the contract's limits. */
    public static JsonParser parser(String text) throws java.io.IOException {
        return MAPPER.getFactory().createParser(text);
    }

    /** A parser for {@code in} (UTF-8 or detected) with the contract's limits. */
    public static JsonParser parser(java.io.InputStream in) throws java.io.IOException {
        return MAPPER.getFactory().createParser(in);
    }
}
