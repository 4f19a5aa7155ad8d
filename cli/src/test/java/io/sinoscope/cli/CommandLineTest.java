package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a person sees at the command line: help, one-line errors, exit codes, completion. */
class CommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SinoscopeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpOnEveryCommandExitsZeroAndNamesItsOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("load") && out.toString().contains("import"), out.toString());
        for (String[] command : new String[][] {{"load", "--help"}, {"search", "--help"}, {"import", "--help"},
                {"help", "search"}}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command), String.join(" ", command));
            assertTrue(out.toString().contains("--api-key"), out.toString());
        }
        assertTrue(out.toString().contains("--size"));
    }

    @Test
    void logsRefusesAnUnknownLevelOrLogInOneLine() throws Exception {
        java.nio.file.Files.writeString(temp.resolve("query-service.log"), "");
        assertEquals(2, run("logs", "--dir", temp.toString(), "--level", "LOUD"));
        assertTrue(err.toString().startsWith("error: --level takes DEBUG, INFO, WARN or ERROR, was 'LOUD'"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("logs", "nlp", "--dir", temp.toString()));
        assertTrue(err.toString().startsWith("error: no log for 'nlp'; have: query-service"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aBadValueIsOneLineNamingTheOptionWithExitTwo() {
        assertEquals(2, run("search", "稀土", "--size", "many"));
        String first = err.toString().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("error: ") && first.contains("--size") && first.contains("many"), first);
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);

        err.getBuffer().setLength(0);
        assertEquals(2, run("search", "稀土", "--size", "0"));
        assertTrue(err.toString().contains("--size must be between 1 and 100, was 0"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(2, run("load", "x.ndjson", "--query", "not a url"));
        assertTrue(err.toString().startsWith("error: ") && err.toString().contains("--query"), err.toString());
    }

    @Test
    void noCommandOrAnUnknownOneIsMisuseWithASuggestion() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("a command is needed"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("serch", "稀土"));
        assertTrue(err.toString().contains("search"), "suggests the near command: " + err);
    }

    @Test
    void anUnreachableServiceIsOneLineNamingItWithExitOne() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertEquals(1, run("search", "稀土", "--query", "http://127.0.0.1:" + port));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("error: cannot connect to http://127.0.0.1:" + port), err.toString());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = temp.resolve("无.ndjson");
        assertEquals(1, run("load", missing.toString(), "--wait-seconds", "0"));
        assertEquals("error: no such file: " + missing, err.toString().strip());
    }

    @Test
    void completionScriptCoversTheCommands() {
        assertEquals(0, run("generate-completion"));
        assertTrue(out.toString().contains("complete -F") && out.toString().contains("--concurrency"),
                "a bash/zsh completion script");
    }
}
