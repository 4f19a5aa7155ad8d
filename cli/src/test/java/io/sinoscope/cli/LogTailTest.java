package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The services' JSON logs as a person reads them, and following them as they grow. */
class LogTailTest {

    private static final String WARN = "{\"timestamp\":\"2026-12-07T13:31:11.009Z\",\"loggerName\":"
            + "\"io.sinoscope.query.indexing.Reconciler\",\"level\":\"WARN\",\"message\":\"3 articles missing\"}";
    private static final String INFO = "{\"timestamp\":\"2026-12-07T13:31:12.500Z\",\"loggerName\":\"io.quarkus\","
            + "\"level\":\"INFO\",\"message\":\"query-service started in 18.9s\"}";
    private static final String ERROR = "{\"timestamp\":\"2026-12-07T13:31:13Z\",\"loggerName\":"
            + "\"io.sinoscope.support.problem.ProblemExceptionMappers\",\"level\":\"ERROR\",\"message\":\"unhandled\","
            + "\"exception\":{\"refId\":1,\"exceptionType\":\"java.io.IOException\",\"message\":\"bad chunk\","
            + "\"frames\":[{\"class\":\"a.B\",\"method\":\"read\",\"line\":256},{\"class\":\"a.C\",\"method\":\"fill\","
            + "\"line\":86},{\"class\":\"a.D\",\"method\":\"next\",\"line\":34},{\"class\":\"a.E\",\"method\":\"go\"}],"
            + "\"causedBy\":{\"exception\":{\"refId\":2,\"exceptionType\":\"java.lang.NumberFormatException\","
            + "\"message\":\"Invalid character\",\"frames\":[]}}}}";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final LogLineFormat format = new LogLineFormat(ZoneOffset.ofHours(8));

    private String shown() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return text;
    }

    private LogTail tail(int leastLevel, Path... files) {
        return new LogTail(List.of(files), format, false, leastLevel, new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
    }

    @Test
    void aRecordIsOneLineInTheReadersZoneWithTheProjectsPrefixDropped() {
        assertEquals("21:31:11.009 WARN  query-service  query.indexing.Reconciler  3 articles missing",
                format.format("query-service", WARN));
        assertEquals("21:31:12.500 INFO  query-service  io.quarkus  query-service started in 18.9s",
                format.format("query-service", INFO));
    }

    @Test
    void anExceptionShowsItsTypeFirstFramesAndCauses() {
        String text = format.format("ingest-service", ERROR);
        assertEquals(List.of(
                "21:31:13.000 ERROR ingest-service  support.problem.ProblemExceptionMappers  unhandled",
                "    java.io.IOException: bad chunk",
                "        at a.B.read:256",
                "        at a.C.fill:86",
                "        at a.D.next:34",
                "        ... 1 more",
                "    caused by java.lang.NumberFormatException: Invalid character"), text.lines().toList());
    }

    @Test
    void aLineThatIsNoRecordIsShownAsItIs() {
        assertEquals("local-stack ready: Kafka on 19092", format.format("local-stack",
                "local-stack ready: Kafka on 19092"));
        assertEquals("{not json", format.format("x", "{not json"));
        assertEquals("{\"a\":1}", format.format("x", "{\"a\":1}"));
    }

    @Test
    void theLastLinesOfEachLogAtOrAboveTheLevel() throws Exception {
        Path query = Files.writeString(temp.resolve("query-service.log"), INFO + "\n" + WARN + "\n" + INFO + "\n");
        Path stack = Files.writeString(temp.resolve("local-stack.log"), "starting\nlocal-stack ready\n");

        tail(-1, query).showLast(2);
        List<String> lines = shown().lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("WARN") && lines.get(1).contains("started in"), lines.toString());

        tail(LogLineFormat.rank("WARN"), query, stack).showLast(5);
        lines = shown().lines().toList();
        assertEquals(List.of("==> query-service <==", "21:31:11.009 WARN  query-service  query.indexing.Reconciler  3 "
                + "articles missing", "==> local-stack <==", "starting", "local-stack ready"), lines);
    }

    @Test
    void followingShowsWholeNewLinesAndStartsOverAfterATruncation() throws Exception {
        Path log = Files.writeString(temp.resolve("nlp-service.log"), INFO + "\n");
        LogTail tail = tail(-1, log);
        tail.showLast(0);
        assertEquals("", shown());

        Files.writeString(log, WARN.substring(0, 40), StandardOpenOption.APPEND);
        assertFalse(tail.showAppended(), "half a line waits for its newline");
        Files.writeString(log, WARN.substring(40) + "\n", StandardOpenOption.APPEND);
        assertTrue(tail.showAppended());
        assertTrue(shown().contains("3 articles missing"));
        assertFalse(tail.showAppended(), "nothing new");

        Files.writeString(log, "restarted\n"); // rotated: shorter than what was shown
        assertTrue(tail.showAppended());
        assertEquals("restarted", shown().strip());
    }
}
