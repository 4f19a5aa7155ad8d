package io.sinoscope.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The CC-CEDICT knowledge base is exactly what its generator makes of the pinned input, so neither can change alone.
 * {@code -Dsinoscope.kb.write=true} rewrites the resource instead; review its diff.
 */
class CedictKnowledgeBaseTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = CedictKnowledgeBaseGenerator.generate();
        Path target = Path.of(CedictKnowledgeBaseGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.kb.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
