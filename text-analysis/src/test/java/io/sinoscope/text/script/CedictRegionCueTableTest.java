package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CC-CEDICT-derived Taiwan cues are exactly what their generator makes of the pinned CC-CEDICT input and the
 * other cue lists, so none can change alone. {@code -Dsinoscope.cedict.write=true} rewrites the resource instead;
 * review its diff.
 */
class CedictRegionCueTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = CedictRegionCueGenerator.generate();
        Path target = Path.of(CedictRegionCueGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.cedict.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
