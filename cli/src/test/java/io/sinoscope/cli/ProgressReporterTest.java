package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void showsDoneOfTotalRateErrorsAndTimeLeft() {
        assertEquals("50/200 files, 5.0 files/s, 2 errors, ETA 30s",
                ProgressReporter.line(50, 200, 2, Duration.ofSeconds(10)));
        assertEquals("10/1000 files, 1.0 files/s, 0 errors, ETA 16m30s",
                ProgressReporter.line(10, 1000, 0, Duration.ofSeconds(10)));
        assertEquals("0/7 files, 0.0 files/s, 0 errors, ETA ?", ProgressReporter.line(0, 7, 0, Duration.ZERO));
    }

    @Test
    void writesPlainLinesWhenNotOnATerminalAndRewritesInPlaceOnOne() {
        assertEquals("1/1 files", finalOutput(false).substring(0, 9));
        assertFalse(finalOutput(false).contains("\r"));
        String terminal = finalOutput(true);
        assertTrue(terminal.startsWith("\r1/1 files") && terminal.endsWith("\033[K" + System.lineSeparator()),
                terminal);
    }

    private static String finalOutput(boolean terminal) {
        var err = new ByteArrayOutputStream();
        try (var progress = new ProgressReporter(new PrintStream(err, true, StandardCharsets.UTF_8), 1, terminal)) {
            progress.fileDone(false);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
