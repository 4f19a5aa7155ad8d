package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenCC-derived region cues are exactly what their generator makes of the pinned OpenCC tables and the hand
 * list, so none can change alone. {@code -Dsinoscope.opencc.write=true} rewrites the resource instead; review its diff.
 */
class OpenCcRegionCueTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = OpenCcRegionCueGenerator.generate();
        Path target = Path.of(OpenCcRegionCueGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.opencc.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
