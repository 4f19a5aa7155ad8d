package io.sinoscope.text.segment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compound-head table's CC-CEDICT counts are the generator's ({@link CompoundHeadsGenerator}); after a change of
 * the table or the knowledge base, {@code -Dsinoscope.heads.write=true} rewrites them; review the diff. Prints the
 * endings CC-CEDICT shows most that the table lacks ({@code COMPOUND-HEADS candidate} lines).
 */
class CompoundHeadsTest {

    @Test
    void countsAreTheGeneratorsOutput() throws IOException {
        List<String> generated = CompoundHeadsGenerator.generate();
        Path target = Path.of(CompoundHeadsGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.heads.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        CompoundHeadsGenerator.candidates(40).forEach(line -> System.out.println("COMPOUND-HEADS candidate " + line));
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
