package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OCR'd newspaper pages (CN, TW, HK): page furniture, split numbers, spaces inside words. */
class PrintScanTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-05T00:00:00Z");

    private final ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
            new OcrRepair(), new MetadataExtractor());
    private final PageFurniture furniture = new PageFurniture();

    @Test
    void mainlandPageHeadAndFootAreDroppedAndNotGluedToHeadlineOrParagraph() {
        String scan = String.join("\n",
                "第7版", "星期四",
                "稀土出口管制新规出台",
                "本报北京4月1日电 商务部1日发布公告，对部分中重稀土相关物项实施出口",
                "许可管理，涉及企业3, 450家。",
                "— 7 —");
        CleaningResult result = cleaner.clean(scan, RECEIVED);
        assertEquals("稀土出口管制新规出台\n本报北京4月1日电商务部1日发布公告，对部分中重稀土相关物项实施出口许可管理，涉及企业3,450家。",
                result.text());
        assertEquals(Optional.of("稀土出口管制新规出台"), result.metadata().title());
        assertTrue(result.removed().contains("ocr: page furniture: 第7版"), result.removed().toString());
        assertTrue(result.removed().contains("ocr: page furniture: — 7 —"), result.removed().toString());
    }

    @Test
    void hongKongPageHeadWithPaperNameAndDateGivesThePrintDate() {
        String scan = String.join("\n",
                "A12　香港經貿日報　2026年4月2日　星期四",
                "A4 國際財經",
                "稀　土出口限制擴大",
                "商務部昨日宣布，對七類稀土實施出口管制，涉及金額逾2, 000億元。");
        CleaningResult result = cleaner.clean(scan, RECEIVED);
        assertEquals("稀土出口限制擴大\n商務部昨日宣布，對七類稀土實施出口管制，涉及金額逾2,000億元。", result.text());
        assertEquals(Optional.of(OffsetDateTime.parse("2026-04-02T00:00+08:00")), result.metadata().publishedAt());
    }

    @Test
    void taiwanSectionPageAndDateLineIsDroppedAndSpacesInsideWordsOfTheScanClose() {
        String scan = String.join("\n",
                "國際 7 2026年4月2日 星期四",
                "美對台晶片關稅暫緩",
                "美國商務部週三表示，對台灣半導 體產品的關稅調查將延後，",
                "業者鬆了一口氣。");
        CleaningResult result = cleaner.clean(scan, RECEIVED);
        assertEquals("美對台晶片關稅暫緩\n美國商務部週三表示，對台灣半導體產品的關稅調查將延後，業者鬆了一口氣。", result.text());
        assertEquals(Optional.of(OffsetDateTime.parse("2026-04-02T00:00+08:00")), result.metadata().publishedAt());
    }

    @Test
    void furnitureIsOnlyALineMadeOfPieces() {
        assertTrue(furniture.judge("第7版").furniture());
        assertTrue(furniture.judge("第 A7 版").print());
        assertTrue(furniture.judge("第07版　要聞").print());
        assertTrue(furniture.judge("香港經濟日報國際新聞 A4").print());
        assertTrue(furniture.judge("星期四").furniture());
        assertTrue(furniture.judge("星期四").print());
        assertFalse(furniture.judge("2026年4月2日 星期四").print());
        assertTrue(furniture.judge("（週四）").furniture());
        assertTrue(furniture.judge("－ 12 －").print());
        assertTrue(furniture.judge("A4 國際財經").print());
        assertTrue(furniture.judge("要闻 3 2026年4月2日 星期四").print());
        assertTrue(furniture.judge("2026年4月2日 星期四").furniture());
        assertTrue(furniture.judge("國際財經星期四 | 第B3版").print());
        // Negatives: sentences, headings, portal time lines, plain dates
        assertFalse(furniture.judge("據本報第7版報道，港府將公布新措施。").furniture());
        assertFalse(furniture.judge("第7版刊出的评论引起各界广泛关注").furniture());
        assertFalse(furniture.judge("第二版方案出台").furniture());
        assertFalse(furniture.judge("供应链合作").furniture());
        assertFalse(furniture.judge("G20峰會").furniture());
        assertFalse(furniture.judge("2026年4月2日 星期四 09:58").furniture());
        assertTrue(furniture.judge("2026年4月2日").furniture());
        assertFalse(furniture.judge("2026年4月2日").print());
        assertFalse(furniture.judge("国际 2026年4月2日").furniture());
        assertTrue(furniture.judge("人民日报　2026年4月2日　星期四").print());
        assertFalse(furniture.judge("").furniture());
    }

    @Test
    void aSentenceMentioningThePageStays() {
        String text = "港府將公布新措施\n據本報第7版報道，港府將於星期四公布新措施。";
        assertEquals(text, cleaner.clean(text, RECEIVED).text());
    }

    @Test
    void onlyThousandsGroupsInChineseTextAreRejoined() {
        OcrRepair ocr = new OcrRepair();
        assertEquals("出口3,450吨，进口1,234,567吨。", ocr.repair("出口3, 450吨，进口1, 234, 567吨。").text());
        assertEquals("逾 2,000 家企業受影響。", ocr.repair("逾 2, 000 家企業受影響。").text());
        // a list, a year before a count, English text, four digits after the comma
        assertEquals("编号为1, 2, 3的货柜。", ocr.repair("编号为1, 2, 3的货柜。").text());
        assertEquals("On March 3, 450 people left; about 2, 000 more stayed.",
                ocr.repair("On March 3, 450 people left; about 2, 000 more stayed.").text());
        assertEquals("2019, 200人", ocr.repair("2019, 200人").text());
        assertEquals("共3, 4500吨", ocr.repair("共3, 4500吨").text());
    }

    @Test
    void asciiSpacesInsideHanWordsCloseOnlyInAScanAndIdeographicOnesEverywhere() {
        // portal text: a space between two Chinese words is left (existing behaviour), Latin words keep theirs
        assertEquals("美國 總統表示，MP Materials 將擴產。", cleaner.clean("美國 總統表示，MP Materials 將擴產。", RECEIVED).text());
        // an ideographic space between Han characters is print damage wherever it comes from
        assertEquals("稀土出口管制，MP Materials 擴產。", cleaner.clean("稀　土出口管制，MP　Materials 擴產。", RECEIVED).text());
    }
}
