package dev.clientele.adapter.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.clientele.adapter.json.internal.ContractMapper;
import dev.clientele.adapter.json.internal.JacksonProblems;
import dev.clientele.core.application.internal.InputValidation;
import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import dev.clientele.core.application.port.in.InvalidInputException.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Reads and writes {@code clientele.interaction/v1}. Reading checks the document's shape (JSON
 * syntax, types, size limits); the contract's rules on values (required fields, allowed ids, time
 * order) are checked by the core when the interaction is validated or assessed. Unknown fields are
 * ignored. Thread-safe.
 */
public final class InteractionJson {

    private InteractionJson() {
    }

    /**
     * Loads and configures what reading interactions needs (a good part of a cold start), so that a
     * caller with a spare thread can have it done while it is busy with something else.
     */
    public static void prepare() {
        ContractMapper.INTERACTIONS.getClass();
    }

    /**
     * Reads one interaction document.
     *
     * @throws InvalidInputException naming the JSON pointer and the rule when the text is not
     *                               a well-formed interaction document
     */
    public static InteractionInput read(String json) {
        try (JsonParser parser = ContractMapper.parser(json)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one interaction document from a stream, which this method does not close. The document
     * stops being read as soon as it passes a limit of {@link JsonLimits}.
     *
     * @throws InvalidInputException naming the JSON pointer and the rule
     * @throws UncheckedIOException  when the stream cannot be read
     */
    public static InteractionInput read(InputStream in) {
        try (JsonParser parser = ContractMapper.parser(in)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one interaction document and checks it against every rule of the contract, so that it
     * is ready to assess.
     *
     * @throws InvalidInputException with every problem found, each naming its JSON pointer
     */
    public static InteractionInput readValid(String json) {
        InteractionInput input = read(json);
        InputValidation.check(input);
        return input;
    }

    /**
     * Reads one interaction document from a stream, which this method does not close, and checks it
     * against every rule of the contract.
     *
     * @throws InvalidInputException with every problem found, each naming its JSON pointer
     * @throws UncheckedIOException  when the stream cannot be read
     */
    public static InteractionInput readValid(InputStream in) {
        InteractionInput input = read(in);
        InputValidation.check(input);
        return input;
    }

    private static InteractionInput read(JsonParser parser) throws IOException {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidInputException(List.of(new Violation("", "empty document: expected an interaction object")));
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidInputException(List.of(new Violation("", "must be an object")));
            }
            InteractionInput input = ContractMapper.INTERACTIONS.readValue(parser);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(List.of(new Violation("", "unexpected content after the document")));
            }
            return input;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(JacksonProblems.violation(e, parser)));
        }
    }

    /** The interaction as a one-line JSON document; absent optional fields are omitted. */
    public static String write(InteractionInput input) {
        try {
            return ContractMapper.MAPPER.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an interaction record always serialises", e);
        }
    }

    /** Writes the interaction as one line of JSON, without a line break; does not close {@code out}. */
    public static void write(InteractionInput input, Writer out) {
        try {
            out.write(write(input));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
