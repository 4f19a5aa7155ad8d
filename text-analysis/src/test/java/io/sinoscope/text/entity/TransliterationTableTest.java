package io.sinoscope.text.entity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transliteration-character resource is exactly what its generator makes of HanLP's dictionary and the hand
 * table, so neither changes alone. {@code -Dsinoscope.translit.write=true} rewrites the resource; review its diff.
 */
class TransliterationTableTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = TransliterationCharactersGenerator.generate();
        Path target = Path.of(TransliterationCharactersGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.translit.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }

    @Test
    void theDictionaryYieldsThousandsOfNames() {
        assertTrue(TransliterationCharactersGenerator.transliteratedNames().size() > 10_000);
    }
}
