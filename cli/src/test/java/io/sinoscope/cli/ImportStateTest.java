package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportStateTest {

    @TempDir
    Path temp;

    @Test
    void remembersWhatWasMarkedDoneAcrossRunsOfTheSamePath() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path stateDir = temp.resolve("state");
        try (ImportState state = ImportState.open(stateDir, corpus)) {
            state.markDone("2024/新闻.txt");
            state.markDone("换行\n名字.txt");
        }
        try (ImportState again = ImportState.open(stateDir, temp.resolve("corpus/../corpus"))) {
            assertTrue(again.isDone("2024/新闻.txt"));
            assertTrue(again.isDone("换行\n名字.txt"), "a line break in a name does not split its line");
            assertFalse(again.isDone("2024/其他.txt"));
        }
    }

    @Test
    void eachPathHasItsOwnStateFile() throws Exception {
        Path stateDir = temp.resolve("state");
        try (ImportState first = ImportState.open(stateDir, Files.createDirectories(temp.resolve("a")));
                ImportState second = ImportState.open(stateDir, Files.createDirectories(temp.resolve("b")))) {
            first.markDone("x.txt");
            assertNotEquals(first.file(), second.file());
            assertFalse(second.isDone("x.txt"));
        }
    }

    @Test
    void aLineCutShortByACrashIsIgnoredAndDoesNotSwallowTheNext() throws Exception {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        Path stateDir = temp.resolve("state");
        Path file;
        try (ImportState state = ImportState.open(stateDir, corpus)) {
            state.markDone("完整.txt");
            file = state.file();
        }
        // a crash in the middle of a character of the next line
        byte[] cut = "\"半截新闻".getBytes(StandardCharsets.UTF_8);
        Files.write(file, Arrays.copyOf(cut, cut.length - 1), StandardOpenOption.APPEND);

        try (ImportState state = ImportState.open(stateDir, corpus)) {
            assertTrue(state.isDone("完整.txt"));
            state.markDone("下一条.txt");
        }
        try (ImportState state = ImportState.open(stateDir, corpus)) {
            assertTrue(state.isDone("下一条.txt"));
            assertEquals(3, Files.readAllLines(file, StandardCharsets.ISO_8859_1).size());
        }
    }
}
