package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CC-CEDICT-derived regional usage cues are exactly what their generator makes of the pinned CC-CEDICT input and the
 * other cue lists, so none can change alone. {@code -Dsinoscope.senses.write=true} rewrites the resource instead;
 * review its diff.
 */
class RegionSenseCueTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = RegionSenseCueGenerator.generate();
        Path target = Path.of(RegionSenseCueGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.senses.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
