package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrRepairTest {

    private final OcrRepair ocr = new OcrRepair();

    @Test
    void lineBrokenInsideAWordIsJoinedWithoutSpace() {
        CleanedText repaired = ocr.repair("商务部宣布对部分稀土\n出口实施管制。");
        assertEquals("商务部宣布对部分稀土出口实施管制。", repaired.text());
        assertEquals(List.of("ocr: joined 1 broken line"), repaired.removed());
    }

    @Test
    void narrowColumnLinesBecomeOneParagraph() {
        assertEquals("兩國同意繼續討論日本在美投資的細節，但尚不清楚如何落實。",
                ocr.repair("兩國同意繼續討論日本\n在美投資的細節，但尚\n不清楚如何落實。").text());
    }

    @Test
    void breakAcrossABlankLineIsJoinedWhenTheSentenceClearlyStops() {
        CleanedText repaired = ocr.repair("海关查获一批走私金属。\n\n海关人员在例行检查中发现，这批进口货物的实际库\n\n存远高于申报数量。");
        assertEquals("海关查获一批走私金属。\n\n海关人员在例行检查中发现，这批进口货物的实际库存远高于申报数量。", repaired.text());
    }

    @Test
    void realParagraphBreaksHeadingsAndLabelsStay() {
        String text = String.join("\n",
                "美日签署关键矿产协议", "作者甲", "",
                "两国领导人周二在东京会晤。", "",
                "供应链合作", "",
                "双方同意共同确定研发项目，加强供应链韧性。",
                "多国谈判不见进展",
                "报道指出，美国与多个亚洲国家的贸易谈判都没有显著进展。");
        CleanedText repaired = ocr.repair(text);
        assertEquals(text, repaired.text());
        assertEquals(List.of(), repaired.removed());
    }

    @Test
    void aLongHeadlineOrAMarkedHeadingIsNotJoinedToTheParagraphUnderIt() {
        String text = "美国拉拢多国组建稀土联盟，试图另起炉灶建立供应链\n\n"
                + "美国国务卿周三主持关键矿产会议，五十多国代表出席。\n\n"
                + "## 各国代表就建立价格下限展开讨论并交换意见\n\n"
                + "会议讨论了在联盟内部设定价格下限。";
        assertEquals(text, ocr.repair(text).text());
    }

    @Test
    void strayGlyphsInsideChineseWordsAreDropped() {
        CleanedText repaired = ocr.repair("美方宣布下调关ш税，稳定供쟀应链。");
        assertEquals("美方宣布下调关税，稳定供应链。", repaired.text());
        assertEquals(List.of("ocr: dropped stray glyphs ш, 쟀"), repaired.removed());
    }

    @Test
    void numbersUnitsAndLatinWordsAreNeverTouched() {
        String text = "MP Materials与Noveon公司在AI和5G领域合作，GDP增长5.2%，A股上涨，出口25吨，维生素C片热销。";
        CleanedText repaired = ocr.repair(text);
        assertEquals(text, repaired.text());
        assertEquals(List.of(), repaired.removed());
    }

    @Test
    void spacedOutCharactersAreClosedUpButWordsAndNumbersKeepTheirSpaces() {
        CleanedText repaired = ocr.repair("貿易協議仍 沒 有 進 展，MP Materials 持有 25 %，美國 總統 表示。");
        assertEquals("貿易協議仍 沒有進展，MP Materials 持有 25 %，美國 總統 表示。", repaired.text());
        assertEquals(List.of("ocr: closed up 1 spaced-out run"), repaired.removed());
    }
}
