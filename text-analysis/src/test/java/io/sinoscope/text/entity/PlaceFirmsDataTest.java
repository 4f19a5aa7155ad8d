package io.sinoscope.text.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The trade-word and place-ending resources are exactly what their generators make of HanLP's dictionaries, CC-CEDICT
 * and the hand tables, so none changes alone. {@code -Dsinoscope.placedata.write=true} rewrites both; review the diff.
 */
class PlaceFirmsDataTest {

    @Test
    void tradeWordsAreTheGeneratorsOutput() throws IOException {
        check(PlaceFirmWordsGenerator.generate(), Path.of(PlaceFirmWordsGenerator.TARGET));
    }

    @Test
    void placeEndingsAreTheGeneratorsOutput() throws IOException {
        check(PlaceEndingsGenerator.generate(), Path.of(PlaceEndingsGenerator.TARGET));
    }

    private static void check(List<String> generated, Path target) throws IOException {
        if (Boolean.getBoolean("sinoscope.placedata.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }
}
