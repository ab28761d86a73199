package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/** Any broken document is rejected with JSON pointers, and never with any other exception. */
class MalformedDocumentProperties {

    /** Values that break the type or the rule of whatever field they replace. */
    private static final List<String> WRONG_VALUES = List.of("null", "42", "-1", "1.5", "true", "\"\"", "\"   \"",
            "[]", "{}", "[1]", "\"fax\"", "\"not-a-time\"", "{\"a\":[]}");

    @Test
    void aDocumentCutShortIsRejectedWithAPointer() {
        qt().withExamples(300).forAll(ContractGenerators.interactions(), integers().between(0, 1000))
                .checkAssert((input, cut) -> {
                    String json = InteractionJson.write(input);
                    assertRejectedWithPointers(json.substring(0, cut % json.length()));
                });
    }

    @Test
    void aFieldGivenAWrongValueIsRejectedWithThatFieldsPointer() {
        qt().withExamples(500).forAll(ContractGenerators.interactions(), fieldChoice(), ContractGenerators.pick(WRONG_VALUES))
                .checkAssert((input, field, wrong) -> {
                    String json = InteractionJson.write(input);
                    String key = "\"" + field + "\":";
                    int at = json.indexOf(key);
                    if (at < 0) {
                        return;
                    }
                    int start = at + key.length();
                    int end = endOfValue(json, start);
                    String broken = json.substring(0, start) + wrong + json.substring(end);
                    Throwable thrown = catchThrowable(() -> InteractionJson.readValid(broken));
                    if (thrown == null) {
                        // Some replacements are still valid (null for an optional field, {} for context).
                        return;
                    }
                    assertThat(thrown).isInstanceOf(InvalidInputException.class);
                    assertThat(((InvalidInputException) thrown).violations())
                            .allSatisfy(v -> assertThat(v.pointer()).matches("(/[^/]+)*"))
                            .anySatisfy(v -> assertThat(v.pointer()).contains(field.equals("queueWaiting")
                                    ? "/context" : "/" + field));
                });
    }

    @Test
    void aCharacterOfNoiseAnywhereNeverCausesAnUnexpectedException() {
        qt().withExamples(500).forAll(ContractGenerators.interactions(), integers().between(0, 5000),
                        ContractGenerators.pick(List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "x", "\u0000")))
                .checkAssert((input, position, noise) -> {
                    String json = InteractionJson.write(input);
                    int at = position % json.length();
                    String broken = json.substring(0, at) + noise + json.substring(at);
                    Throwable thrown = catchThrowable(() -> InteractionJson.readValid(broken));
                    if (thrown != null) {
                        assertThat(thrown).isInstanceOf(InvalidInputException.class);
                        assertThat(((InvalidInputException) thrown).violations()).isNotEmpty()
                                .allSatisfy(v -> assertThat(v.message()).isNotBlank().doesNotContain("\n"));
                    }
                });
    }

    private static Gen<String> fieldChoice() {
        return ContractGenerators.pick(List.of("id", "channel", "language", "requester", "turns", "at", "from", "text",
                "roles", "queueWaiting", "asOf"));
    }

    private static void assertRejectedWithPointers(String broken) {
        Throwable thrown = catchThrowable(() -> InteractionJson.readValid(broken));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).violations()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.toString()).startsWith("/").doesNotContain("\n"));
    }

    /** The index just past the JSON value starting at {@code start}, for compact documents we wrote. */
    private static int endOfValue(String json, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }
}
