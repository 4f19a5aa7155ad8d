package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One small run of {@link CorpusWriter} into each kind of output, as {@code ./sinoscope import} would read them: the
 * archive and the directory hold the same files, the manifest beside them lists each once in order, and a second
 * run writes the same archive bytes.
 */
class CorpusWriterSmokeTest {

    private static final String[] RUN = {"--articles", "30", "--seed", "5", "--chars", "300"};

    @Test
    void archiveAndDirectoryHoldTheManifestsFilesAndRepeatByteForByte(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("corpus.tar.gz");
        Path again = dir.resolve("again.tar.gz");
        Path directory = dir.resolve("corpus");
        write(archive);
        write(again);
        write(directory);

        assertArrayEquals(Files.readAllBytes(archive), Files.readAllBytes(again));
        List<CorpusManifest.Entry> manifest = CorpusManifest.read(dir.resolve("corpus.manifest.tsv"));
        assertEquals(manifest, CorpusManifest.read(dir.resolve("again.manifest.tsv")));
        Map<String, byte[]> archived = entries(archive);
        assertEquals(manifest.stream().map(CorpusManifest.Entry::path).toList(), List.copyOf(archived.keySet()));
        for (CorpusManifest.Entry entry : manifest) {
            byte[] bytes = archived.get(entry.path());
            assertArrayEquals(bytes, Files.readAllBytes(directory.resolve(entry.path())), entry.path());
            FileEncoding encoding = ImportCorpusTest.encodingOf(entry);
            assertEquals(entry.sha256(), ImportCorpusTest.sha256(encoding.decode(bytes, encoding.readAs())));
            assertTrue(entry.path().matches("0000/\\d{7}-(cn|tw|hk)\\.(txt|html)"), entry.path());
        }
    }

    private static void write(Path out) throws Exception {
        String[] args = new String[RUN.length + 2];
        System.arraycopy(RUN, 0, args, 0, RUN.length);
        args[RUN.length] = "--out";
        args[RUN.length + 1] = out.toString();
        CorpusWriter.main(args);
    }

    private static Map<String, byte[]> entries(Path archive) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var tar = new TarArchiveInputStream(new GZIPInputStream(new BufferedInputStream(
                Files.newInputStream(archive))))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), tar.readAllBytes());
            }
        }
        return entries;
    }
}
