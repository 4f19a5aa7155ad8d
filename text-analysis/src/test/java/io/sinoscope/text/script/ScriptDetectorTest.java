package io.sinoscope.text.script;

import io.sinoscope.text.Script;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptDetectorTest {

    private final ScriptDetector detector = new ScriptDetector();

    @Test
    void simplified() {
        ScriptEvidence evidence = detector.detect("美国对进口芯片征收关税");
        assertEquals(Script.SIMPLIFIED, evidence.script());
        assertEquals(0, evidence.traditionalOnly());
    }

    @Test
    void traditional() {
        assertEquals(Script.TRADITIONAL, detector.detect("美國對進口晶片徵收關稅").script());
    }

    @Test
    void mixedWhenNeitherScriptDominates() {
        assertEquals(Script.MIXED, detector.detect("美國对进口晶片徵收關稅和关税").script());
    }

    @Test
    void aStrayCharacterOfTheOtherScriptIsTolerated() {
        assertEquals(Script.SIMPLIFIED, detector.detect("美国对进口芯片征收关税，这项关税将于下个月实施，國").script());
    }

    @Test
    void hanTextWithoutDistinguishingCharactersCountsAsSimplified() {
        ScriptEvidence evidence = detector.detect("中美");
        assertEquals(Script.SIMPLIFIED, evidence.script());
        assertEquals(0, evidence.simplifiedOnly());
    }

    @Test
    void noHanCharacters() {
        assertEquals(Script.NONE, detector.detect("Tariffs rise 10%").script());
        assertEquals(Script.NONE, detector.detect("").script());
    }
}
