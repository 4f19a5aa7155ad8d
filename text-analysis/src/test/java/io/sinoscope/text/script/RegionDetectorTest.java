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
    void bylinesDatelinesAndOutletsPlaceAText() {
        assertEquals(Region.TAIWAN, detect("記者王小明／高雄報導 市府今天宣布新措施。").region());
        assertEquals(Region.TAIWAN, detect("（中央社記者李大同華盛頓5日電）美方宣布新措施。").region());
        assertEquals(Region.MAINLAND, detect("新华社北京12月6日电 有关部门今天宣布新措施。").region());
        // a mainland text citing Taiwan's agency is still mainland text
        assertEquals(Region.MAINLAND, detect("据台湾中央社报道，岛内民众对此反应强烈。").region());
        assertEquals(Region.MAINLAND, detect("据新加坡《联合早报》报道，当地物价持续上涨。").region());
    }

    @Test
    void calendarCurrencyAndRateUnitsAreCues() {
        assertEquals(Region.TAIWAN, detect("新制自民國115年起施行。").region());
        assertEquals(Region.TAIWAN, detect("預算案自114年度起編列。").region());
        assertEquals(Region.TAIWAN, detect("央行決定升息半碼。").region());
        assertEquals(Region.HONG_KONG, detect("銀行宣布減息四分一厘。").region());
        assertEquals(Region.HONG_KONG, detect("一碗麵要五十蚊。").region());
        assertEquals(Region.OTHER, detect("這條路長十厘米。").region(), "厘米 is a length, not a rate");
    }

    @Test
    void cantoneseWrittenFormsAreHongKong() {
        RegionGuess guess = detect("佢哋話今日唔使返工。");
        assertEquals(Region.HONG_KONG, guess.region());
        assertTrue(guess.confidence() > 0.5, "confidence " + guess.confidence());
    }

    @Test
    void shortTraditionalSentenceWithASimplifiedFormStillReadsItsCues() {
        // 台 is the Simplified form of 臺, and ordinary Traditional writing: the sentence reads as mixed script
        assertEquals(Region.HONG_KONG, detect("天文台預測明日天色晴朗。").region());
        assertEquals(Region.TAIWAN, detect("台股今天終場上漲。").region());
    }

    @Test
    void weakConventionsDecideOnlyTogether() {
        assertEquals(Region.OTHER, detect("他說：「會議順利。」").region(), "one quotation mark is too thin");
        assertEquals(Region.TAIWAN, detect("臺灣的專家說，這裡的會議很順利。").region());
        RegionGuess guess = detect("他説：“這裏的會議很順利。”");
        assertEquals(Region.HONG_KONG, guess.region());
        assertTrue(guess.confidence() < 0.5, "weak evidence, low confidence: " + guess.confidence());
    }

    @Test
    void singaporeAndMalaysiaPressIsOtherWithConfidence() {
        RegionGuess guess = detect("（吉隆坡讯）政府宣布拨款5亿令吉，改善大马的公共交通。");
        assertEquals(Region.OTHER, guess.region());
        assertTrue(guess.confidence() > 0.5, "confidence " + guess.confidence());
    }

    @Test
    void growthShorthandNeedsAFigure() {
        assertEquals(Region.TAIWAN, detect("公司營業額年增三成。").region());
        assertEquals(Region.OTHER, detect("學校今年增設多個課外活動。").region());
    }

    @Test
    void textWithoutHanIsOther() {
        RegionGuess guess = detect("Tariffs on chips");
        assertEquals(Region.OTHER, guess.region());
        assertEquals(0.0, guess.confidence());
    }

    @Test
    void oneGlyphOfARegionsStandardDecidesWhenNothingSpeaksForTheOther() {
        RegionGuess taiwan = detect("考生在考場裡埋頭作答。");
        assertEquals(Region.TAIWAN, taiwan.region());
        assertTrue(taiwan.confidence() > 0 && taiwan.confidence() < 0.2, "thin: " + taiwan.confidence());
        assertEquals(Region.HONG_KONG, detect("隨着旅客人數回升，銷售將較去年理想。").region());
        // Hong Kong's standard glyphs that look Simplified (温, 税, 户) in Traditional text
        assertEquals(Region.HONG_KONG, detect("當局會檢討個人入息税的寬減額，並研究為住户提供紓緩。").region());
        // a weak vocabulary tip alone still does not decide, nor one glyph against the other region's cue
        assertEquals(Region.OTHER, detect("全球經濟成長放緩。").region());
        assertEquals(Region.OTHER, detect("這裡的人說“會議順利”。").region());
    }

    @Test
    void regionalUsageFromDictionariesIsACue() {
        // CC-CEDICT (Tw) 交流道; (HK) 發展商; (Singapore, Malaysia) 德士, which ties the mainland's Simplified prior
        assertEquals(Region.TAIWAN, detect("車流在交流道附近回堵。").region());
        // a two-character form may straddle two words (三小 in 三小時): it tips a balance, never decides alone
        assertEquals(Region.OTHER, detect("會議持續三小時。").region());
        assertEquals(Region.HONG_KONG, detect("發展商以逾十億元投得住宅地皮。").region());
        assertEquals(Region.OTHER, detect("这名德士司机被控鲁莽驾驶。").region());
        assertEquals(Region.MAINLAND, detect("新华社北京12月6日电 这名德士司机被控鲁莽驾驶。").region(),
                "a mainland dateline undoes one Singapore word");
        // CLDR: 紐西蘭 is zh-Hant's New Zealand, 新西蘭元 zh-Hant-HK's New Zealand dollar
        assertEquals(Region.HONG_KONG, detect("兌換新西蘭元的成本上升。").region());
    }
}
