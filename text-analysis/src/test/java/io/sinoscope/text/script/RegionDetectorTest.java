package io.sinoscope.text.script;

import io.sinoscope.text.Region;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionDetectorTest {

    private final ScriptDetector scripts = new ScriptDetector();
    private final RegionDetector regions = RegionDetector.fromResources();

    private RegionGuess detect(String text) {
        return regions.detect(text, scripts.detect(text));
    }

    @Test
    void taiwanCuesInTraditionalText() {
        RegionGuess guess = detect("川普說，輝達晶片與軟體出口將受限制。");
        assertEquals(Region.TAIWAN, guess.region());
        assertTrue(guess.confidence() > 0.5, "confidence " + guess.confidence());
    }

    @Test
    void hongKongCuesInTraditionalText() {
        RegionGuess guess = detect("特首表示，立法會將審議以港元計價的撥款。");
        assertEquals(Region.HONG_KONG, guess.region());
    }

    @Test
    void simplifiedTextIsMainland() {
        RegionGuess guess = detect("商务部发言人表示，将对相关芯片进口展开调查。");
        assertEquals(Region.MAINLAND, guess.region());
        assertTrue(guess.confidence() > 0 && guess.confidence() <= 1);
    }

    @Test
    void traditionalTextWithoutCuesIsUndecided() {
        RegionGuess guess = detect("關鍵礦產");
        assertEquals(Region.OTHER, guess.region());
        assertEquals(0.0, guess.confidence());
    }

    @Test
    void sharedCharactersAloneDecideByCue() {
        // 雪梨 is written the same in both scripts; only the cue says Taiwan.
        assertEquals(Region.TAIWAN, detect("雪梨").region());
    }

    @Test
    void openCcFormsPlaceTraditionalTextWithoutAHandListCue() {
        assertEquals(Region.HONG_KONG, detect("東鐵綫今早發生訊號故障。").region());
        assertEquals(Region.TAIWAN, detect("他把報告存進隨身碟。").region());
    }

    @Test
    void formsBothRegionsWriteAreNoCue() {
        // 檢視 is OpenCC's Taiwan form of 查看, but Hong Kong's government writes it too (excluded from the cues)
        assertEquals(Region.OTHER, detect("政府會檢視有關政策。").region());
    }

    @Test
    void textWithoutHanIsOther() {
        RegionGuess guess = detect("Tariffs on chips");
        assertEquals(Region.OTHER, guess.region());
        assertEquals(0.0, guess.confidence());
    }
}
