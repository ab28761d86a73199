package dev.clientele.adapter.json;

import dev.clientele.core.application.port.in.InteractionInput;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesTests {

    private static final String LINE = InteractionJson.write(Documents.interaction());

    @Test
    void readsOneInteractionPerLineAndSkipsBlankLines() {
        String file = LINE + "\n\n" + LINE.replace("case-4711", "case-4712") + "\r\n";
        List<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(new StringReader(file)).toList();
        assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1L, 3L);
        assertThat(lines).allMatch(l -> l instanceof JsonLines.Line.Read);
        assertThat(((JsonLines.Line.Read<InteractionInput>) lines.get(1)).value().id()).isEqualTo("case-4712");
    }

    @Test
    void reportsEachBrokenLineWithItsNumberAndKeepsGoing() {
        String file = String.join("\n", LINE, "{not json", LINE.replace("\"phone\"", "\"fax\""), LINE);
        List<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(new StringReader(file)).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isInstanceOfSatisfying(JsonLines.Line.Rejected.class, r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.problems().toString()).contains("malformed JSON at line 1, column 2");
        });
        assertThat(lines.get(2)).isInstanceOfSatisfying(JsonLines.Line.Rejected.class, r -> assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("/channel: must be one of phone, email, chat, social, in-person, other"));
        assertThat(lines.get(3)).isInstanceOf(JsonLines.Line.Read.class);
    }

    @Test
    void rejectsALineLongerThanTheDocumentLimitWithoutKeepingIt() {
        // A 40-million-character line followed by a good one; only a bounded part is ever buffered.
        long huge = 40_000_000L;
        Reader in = new GeneratedReader("{\"id\":\"" , 'x', huge, "\"}\n" + LINE + "\n");
        List<JsonLines.Line<InteractionInput>> lines = JsonLines.interactions(in).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isInstanceOfSatisfying(JsonLines.Line.Rejected.class, r -> assertThat(r.problems())
                .extracting(Object::toString)
                .containsExactly("/: line longer than 16777216 characters, the limit (see docs/errors.md#input-limits)"));
        assertThat(lines.get(1).number()).isEqualTo(2);
        assertThat(lines.get(1)).isInstanceOf(JsonLines.Line.Read.class);
    }

    @Test
    void streamsLazilySoOnlyTheLinesConsumedAreRead() {
        AtomicLong served = new AtomicLong();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            many.append(LINE).append('\n');
        }
        Reader counting = new StringReader(many.toString()) {
            @Override
            public int read(char[] buffer, int off, int len) throws java.io.IOException {
                int n = super.read(buffer, off, len);
                served.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        assertThat(JsonLines.interactions(counting).limit(3).count()).isEqualTo(3);
        assertThat(served.get()).isLessThan(many.length() / 4);
    }

    /** Produces {@code head}, then {@code count} copies of {@code fill}, then {@code tail}, without storing them. */
    private static final class GeneratedReader extends Reader {
        private final String head;
        private final char fill;
        private final long count;
        private final String tail;
        private long at;

        GeneratedReader(String head, char fill, long count, String tail) {
            this.head = head;
            this.fill = fill;
            this.count = count;
            this.tail = tail;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            long total = head.length() + count + tail.length();
            if (at >= total) {
                return -1;
            }
            int n = 0;
            while (n < len && at < total) {
                long i = at++;
                buffer[off + n++] = i < head.length() ? head.charAt((int) i)
                        : i < head.length() + count ? fill : tail.charAt((int) (i - head.length() - count));
            }
            return n;
        }

        @Override
        public void close() {
        }
    }
}
