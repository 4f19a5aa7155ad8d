package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CLDR-derived Taiwan and Hong Kong spellings are exactly what their generator makes of the currency and
 * country tables, so none can change alone. {@code -Dsinoscope.cldr.write=true} rewrites the resource instead;
 * review its diff.
 */
class RegionLocaleNameCueTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = RegionLocaleNameCueGenerator.generate();
        Path target = Path.of(RegionLocaleNameCueGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.cldr.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
