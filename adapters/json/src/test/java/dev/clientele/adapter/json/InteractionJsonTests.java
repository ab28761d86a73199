package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.InteractionInput;
import dev.clientele.core.application.port.in.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InteractionJsonTests {

    @Test
    void readsTheContractExampleIntoTheBoundaryRecord() {
        assertThat(InteractionJson.read(Documents.INTERACTION)).isEqualTo(Documents.interaction());
    }

    @Test
    void writesOnlyTheFieldsThatArePresentAndReadsThemBack() {
        InteractionInput minimal = InteractionJson.read("""
                {"id":"c-1","channel":"chat","requester":{"id":"u"},
                 "turns":[{"at":"2026-03-02T09:15:00Z","from":"customer","text":"hello"}]}""");
        String json = InteractionJson.write(minimal);
        assertThat(json).doesNotContain("account", "context", "asOf", "language", "null");
        assertThat(InteractionJson.read(json)).isEqualTo(minimal);
        assertThat(InteractionJson.read(InteractionJson.write(Documents.interaction()))).isEqualTo(Documents.interaction());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        String withExtras = Documents.INTERACTION.replace("\"channel\": \"phone\",",
                "\"channel\": \"phone\", \"priority\": {\"x\": [1, 2]}, \"tags\": [\"vip\"],");
        assertThat(InteractionJson.read(withExtras)).isEqualTo(Documents.interaction());
    }

    @Test
    void readsAnAbsentContextCountAsZero() {
        InteractionInput read = InteractionJson.readValid(Documents.INTERACTION.replace("\"queueWaiting\": 14, ", ""));
        assertThat(read.context().queueWaiting()).isZero();
        assertThat(read.context().previousContacts()).isEqualTo(3);
    }

    @Test
    void acceptsAnInstantWithAnOffsetAndNormalisesItToUtc() {
        InteractionInput read = InteractionJson.read(Documents.INTERACTION.replace("2026-03-02T09:30:00Z", "2026-03-02T10:30:00+01:00"));
        assertThat(read.asOf()).isEqualTo(Documents.interaction().asOf());
    }

    @Test
    void namesTheTurnWhoseTimestampIsNotAnInstant() {
        assertProblem(Documents.INTERACTION.replace("2026-03-02T09:21:00Z", "yesterday"),
                "/turns/1/at: must be an ISO-8601 instant such as 2026-03-02T09:15:00Z");
    }

    @Test
    void refusesEpochNumbersForInstants() {
        assertProblem(Documents.INTERACTION.replace("\"2026-03-02T09:30:00Z\"", "1772443800"),
                "/asOf: must be an ISO-8601 instant such as 2026-03-02T09:15:00Z");
    }

    @Test
    void namesFieldsOfTheWrongType() {
        assertProblem(Documents.INTERACTION.replace("\"id\": \"case-4711\"", "\"id\": 4711"), "/id: must be a string");
        assertProblem(Documents.INTERACTION.replace("\"queueWaiting\": 14", "\"queueWaiting\": \"many\""),
                "/context/queueWaiting: must be a whole number");
        assertProblem(Documents.INTERACTION.replace("\"queueWaiting\": 14", "\"queueWaiting\": 1.5"),
                "/context/queueWaiting: must be a whole number");
        assertProblem(Documents.INTERACTION.replace("\"roles\": [\"end-user\"]", "\"roles\": \"end-user\""),
                "/requester/roles: must be an array");
        assertProblem(Documents.INTERACTION.replace("\"context\": { \"queueWaiting\": 14, \"previousContacts\": 3 }",
                "\"context\": [14, 3]"), "/context: must be an object");
    }

    @Test
    void reportsMalformedJsonWithItsLineAndColumnOnOneLine() {
        InvalidInputException e = catchInvalid("{\"id\": \"x\",\n  \"channel\": phone}");
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/channel");
            assertThat(v.message()).startsWith("malformed JSON at line 2, column").doesNotContain("\n");
        });
        assertProblem("{\"id\": \"x\", \"turns\": [", "/turns: malformed JSON at line 1, column 23: the document ends too early");
    }

    @Test
    void rejectsEmptyDocumentsNonObjectsAndTrailingContent() {
        assertProblem("", "/: empty document: expected an interaction object");
        assertProblem("[1, 2]", "/: must be an object");
        assertProblem("{\"id\":\"a\"} {\"id\":\"b\"}", "/: unexpected content after the document");
    }

    @Test
    void rejectsAFieldGivenTwice() {
        InvalidInputException e = catchInvalid("{\"id\":\"a\",\"id\":\"b\"}");
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/id");
            assertThat(v.message()).contains("Duplicate field 'id'");
        });
    }

    @Test
    void stopsReadingATenMegabyteTurnAtTheTextLimit() {
        String text = "a".repeat(10 * 1024 * 1024);
        String json = "{\"id\":\"big\",\"channel\":\"chat\",\"requester\":{\"id\":\"u\"},\"turns\":["
                + "{\"at\":\"2026-03-02T09:15:00Z\",\"from\":\"customer\",\"text\":\"" + text + "\"}]}";
        assertProblem(json, "/turns/0/text: text longer than 100000 characters, the limit (see docs/errors.md#input-limits)");
    }

    @Test
    void stopsReadingAStreamAtTheDocumentLimitWithoutReadingTheRest() {
        // Two gigabytes of turns, produced on demand: reading must stop long before the end.
        InputStream endless = new InputStream() {
            private final byte[] head = "{\"id\":\"big\",\"channel\":\"chat\",\"turns\":[".getBytes(StandardCharsets.UTF_8);
            private final byte[] turn = "{\"at\":\"2026-03-02T09:15:00Z\",\"from\":\"customer\",\"text\":\"more\"},"
                    .getBytes(StandardCharsets.UTF_8);
            private long served;

            @Override
            public int read() {
                long at = served++;
                if (at > 2L * 1024 * 1024 * 1024) {
                    return -1;
                }
                return at < head.length ? head[(int) at] : turn[(int) ((at - head.length) % turn.length)];
            }
        };
        assertThatThrownBy(() -> InteractionJson.read(endless))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.pointer()).startsWith("/turns/");
                            assertThat(v.message()).isEqualTo(
                                    "document longer than 16777216 characters, the limit (see docs/errors.md#input-limits)");
                        }));
    }

    @Test
    void rejectsOneHundredThousandTurnsAsMoreThanTheContractAllows() {
        StringBuilder json = new StringBuilder("{\"id\":\"long\",\"channel\":\"chat\",\"requester\":{\"id\":\"u\"},\"turns\":[");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"at\":\"2026-03-02T09:15:00Z\",\"from\":\"customer\",\"text\":\"t\"}");
        }
        json.append("]}");
        assertThatThrownBy(() -> InteractionJson.readValid(json.toString()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Object::toString).containsExactly("/turns: size must be between 1 and 10000"));
    }

    @Test
    void rejectsNestingDeeperThanTheContractNeeds() {
        String deep = "{\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
        InvalidInputException e = catchInvalid(deep);
        assertThat(e.violations()).singleElement().satisfies(v ->
                assertThat(v.message()).isEqualTo("nested deeper than 32 levels, the limit (see docs/errors.md#input-limits)"));
    }

    @Test
    void readValidReportsEveryBrokenRuleWithItsPointer() {
        String broken = Documents.INTERACTION
                .replace("\"channel\": \"phone\"", "\"channel\": \"fax\"")
                .replace("\"from\": \"agent\", \"text\": \"Dzień dobry, już sprawdzam.\"", "\"from\": \"agent\", \"text\": \"  \"")
                .replace("2026-03-02T09:21:00Z", "2026-03-02T09:01:00Z");
        assertThatThrownBy(() -> InteractionJson.readValid(broken))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Object::toString)
                        .contains("/channel: must be one of phone, email, chat, social, in-person, other",
                                "/turns/1/text: must not be blank",
                                "/turns/1/at: must not be before the previous turn"));
    }

    @Test
    void readValidAcceptsTheContractExample() {
        assertThat(InteractionJson.readValid(new ByteArrayInputStream(Documents.INTERACTION.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(Documents.interaction());
    }

    private static void assertProblem(String json, String expected) {
        assertThat(catchInvalid(json).violations()).extracting(Object::toString).containsExactly(expected);
    }

    private static InvalidInputException catchInvalid(String json) {
        try {
            InteractionJson.read(json);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the document to be rejected: " + json.substring(0, Math.min(json.length(), 200)));
    }
}
