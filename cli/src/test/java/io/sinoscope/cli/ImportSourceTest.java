package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSourceTest {

    @TempDir
    Path temp;

    @Test
    void isNamedAfterTheDirectoryOrArchiveWithoutExtension() throws Exception {
        assertEquals("新闻库", ImportSource.of(Files.createDirectories(temp.resolve("新闻库"))).name());
        assertEquals("daily", ImportSource.of(Files.createFile(temp.resolve("daily.ZIP"))).name());
        assertEquals("feed.2024", ImportSource.of(Files.createFile(temp.resolve("feed.2024.tar.gz"))).name());
        assertEquals("wire", ImportSource.of(Files.createFile(temp.resolve("wire.tgz"))).name());
    }

    @Test
    void refusesWhatItCannotRead() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> ImportSource.of(temp.resolve("missing")));
        assertThrows(IllegalArgumentException.class, () -> ImportSource.of(Files.createFile(temp.resolve("a.rar"))));
    }
}
