package io.sinoscope.text.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.textrules.ResourceLines;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyzer version must change whenever any of its data files changes, including files read lazily, after the
 * version was taken (DictionaryWords' affixes, read only by the index's word field): the fingerprint covers the
 * folder's manifest, and this test names a data file the manifest misses.
 */
class AnalyzerDataCoverageTest {

    @Test
    void theAnalyzerVersionCoversEveryDataFile() throws IOException, URISyntaxException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        // The main classes' own folder: the test classpath has a folder of the same name with evaluation data.
        Path folder = Path.of(AnalyzerData.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/sinoscope/text");
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".tsv") || name.endsWith(".txt"))
                    .filter(name -> !name.equals(ResourceLines.MANIFEST)).forEach(onDisk::add);
        }
        Set<String> covered = new TreeSet<>(AnalyzerData.files());
        assertEquals(onDisk, covered, "data files in the folder vs files the analyzer version " + analyzer.dataVersion()
                + " covers");
        assertEquals(AnalyzerData.fingerprint(), analyzer.dataVersion(),
                "a data file was read after the analyzer took its version");
    }
}
