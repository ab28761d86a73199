package dev.clientele.adapter.cli;

import dev.clientele.adapter.cli.internal.Progress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

    @Test
    void showsShareCountRateAndTimeLeft() {
        assertThat(Progress.line(1_500, 250, 1_000, 30.0))
                .isEqualTo("[######..................]  25%  1,500 interactions  50.0/s  ETA 0:01:30");
    }

    @Test
    void leavesOutTheShareAndTimeLeftWhenTheSizeIsUnknown() {
        assertThat(Progress.line(42, 10, 0, 2.0)).isEqualTo("42 interactions  21.0/s");
    }

    @Test
    void drawsNothingWhenStandardErrorIsNotATerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), false, 100);
        progress.update(10, 50);
        progress.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void redrawsInPlaceAndClearsTheLineAtTheEnd() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err, true), true, 100);
        progress.update(10, 50);
        progress.finish();
        assertThat(err.toString()).startsWith("\r[").contains("50%").endsWith("\r").doesNotContain("\n");
    }
}
