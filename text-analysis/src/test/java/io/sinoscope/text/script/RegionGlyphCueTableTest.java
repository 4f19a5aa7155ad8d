package io.sinoscope.text.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenCC-derived glyph cues are exactly what their generator makes of the pinned OpenCC tables and the
 * other cue lists, so none can change alone. {@code -Dsinoscope.glyphs.write=true} rewrites the resource instead;
 * review its diff.
 */
class RegionGlyphCueTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = RegionGlyphCueGenerator.generate();
        Path target = Path.of(RegionGlyphCueGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.glyphs.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
