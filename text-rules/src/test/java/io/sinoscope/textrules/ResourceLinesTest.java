package io.sinoscope.textrules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

    private static final String FOLDER = "/io/sinoscope/textrules/";

    @Test
    void rowsSkipCommentsAndBlankLinesAndStripEveryColumn() {
        List<String[]> rows = ResourceLines.in(ResourceLinesTest.class, FOLDER).readTsv("sample-v1.tsv", 2);
        assertEquals(2, rows.size());
        assertArrayEquals(new String[] {"A", "1", "x"}, rows.get(0));
        assertArrayEquals(new String[] {"B", "2", ""}, rows.get(1));
    }

    @Test
    void aShortRowOrAMissingFileFailsAtLoad() {
        ResourceLines files = ResourceLines.in(ResourceLinesTest.class, FOLDER);
        IllegalStateException shortRow = assertThrows(IllegalStateException.class, () -> files.readTsv("short-v1.tsv", 2));
        assertTrue(shortRow.getMessage().contains("short-v1.tsv:1"), shortRow.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> files.readTsv("none-v1.tsv", 1));
        assertTrue(missing.getMessage().contains(FOLDER + "none-v1.tsv"), missing.getMessage());
    }

    @Test
    void theFingerprintCoversTheManifestWhateverWasReadBeforeAndEveryFileRead() {
        ResourceLines none = ResourceLines.in(ResourceLinesTest.class, FOLDER);
        ResourceLines one = ResourceLines.in(ResourceLinesTest.class, FOLDER);
        one.readTsv("sample-v1.tsv", 1);
        ResourceLines again = ResourceLines.in(ResourceLinesTest.class, FOLDER.substring(0, FOLDER.length() - 1));

        assertEquals(List.of("sample-v1.tsv"), none.manifest());
        assertTrue(one.fingerprint().matches("[0-9a-f]{12}"), one.fingerprint());
        assertEquals(one.fingerprint(), again.fingerprint(), "the same data, whatever was loaded first");
        assertEquals(none.fingerprint(), one.fingerprint(), "a listed file counts before anyone reads it");
        one.readTsv("short-v1.tsv", 1);
        assertNotEquals(again.fingerprint(), one.fingerprint(), "a file read beyond the manifest counts too");
    }

    @Test
    void aFolderWithoutManifestHasNoFingerprint() {
        ResourceLines bare = ResourceLines.in(ResourceLinesTest.class, "/io/sinoscope/");
        IllegalStateException missing = assertThrows(IllegalStateException.class, bare::fingerprint);
        assertTrue(missing.getMessage().contains(ResourceLines.MANIFEST), missing.getMessage());
    }
}
