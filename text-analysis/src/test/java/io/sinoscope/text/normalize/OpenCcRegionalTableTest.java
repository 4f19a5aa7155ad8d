package io.sinoscope.text.normalize;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenCC-derived resource is exactly what its generator makes of the pinned OpenCC tables, so neither can change
 * alone. {@code -Dsinoscope.opencc.write=true} rewrites the resource instead; review its diff.
 */
class OpenCcRegionalTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = OpenCcRegionalGenerator.generate();
        Path target = Path.of(OpenCcRegionalGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.opencc.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
