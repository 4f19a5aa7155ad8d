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

    @Test
    void digitsSpacedOutByOcrAreOneNumber() {
        CleanedText repaired = ocr.repair("全国共建成5G基站2 0 0万个，共有2 0名代表出席，全港共有1 2 8 0 0宗買賣。");
        assertEquals("全国共建成5G基站200万个，共有20名代表出席，全港共有12800宗買賣。", repaired.text());
        assertEquals(List.of("ocr: closed up 3 spaced-out numbers"), repaired.removed());
        // Beside Latin words the spaces may be real, and two digits need Chinese on both sides.
        assertEquals("Apple shipped 2 0 0 units.", ocr.repair("Apple shipped 2 0 0 units.").text());
        assertEquals("比分是 3 1", ocr.repair("比分是 3 1").text());
    }

    @Test
    void aNumberCutAtALineEndIsJoined() {
        assertEquals("该省粮食产量达到1100万吨，同比增长3%。", ocr.repair("该省粮食产量达到1\n100万吨，同比增长3%。").text());
        assertEquals("本季營收達新台幣2350億元。", ocr.repair("本季營收達新台幣2\n350億元。").text());
    }

    @Test
    void listItemsAndYearsOnTheNextLineStayApart() {
        assertEquals("政府公布三項措施：\n1、加強監管；\n2、擴大補貼。",
                ocr.repair("政府公布三項措施：\n1、加強監管；\n2、擴大補貼。").text());
        assertEquals("主要措施包括以下3\n2026年起全面推行。", ocr.repair("主要措施包括以下3\n2026年起全面推行。").text());
        assertEquals("第一项为1\n2. 第二项", ocr.repair("第一项为1\n2. 第二项").text());
        // Lists and quarters are never thousands groups.
        assertEquals("第3, 4季度，1, 2, 3号选手", ocr.repair("第3, 4季度，1, 2, 3号选手").text());
    }

    @Test
    void continuationMarkersAndPageFeetAreDropped() {
        assertEquals("对部分物项实施出口许可管理。", ocr.repair("对部分物项实施出口许可管理。\n（下转第4版）").text());
        assertEquals("对部分物项实施出口许可管理。", ocr.repair("对部分物项实施出口许可管理。\n◆下轉第五版").text());
        assertEquals("新规不针对特定国家。", ocr.repair("接第2版\n新规不针对特定国家。").text());
        assertEquals("新规不针对特定国家。", ocr.repair("新规不针对特定国家。\n人民日报      4").text());
        assertEquals("新規不針對特定國家。", ocr.repair("7      香港經貿日報\n新規不針對特定國家。").text());
        // At the end of the column's last line, bracketed, the marker goes and the paragraph stays.
        CleanedText inline = ocr.repair("审查特别预算案，朝野协商仍无共识。（下转第4版）\n下一段。");
        assertEquals("审查特别预算案，朝野协商仍无共识。\n下一段。", inline.text());
        assertEquals(List.of("ocr: page furniture: （下转第4版）"), inline.removed());
        assertEquals("審查預算案。", ocr.repair("審查預算案。(下轉A3)").text());
        // In a sentence, or a paper's name without its page number, they are text.
        assertEquals("詳情下轉第4版的專題。", ocr.repair("詳情下轉第4版的專題。").text());
        assertEquals("詳情見（第4版）", ocr.repair("詳情見（第4版）").text());
        assertEquals("他说，接第2版的报道内容有误。", ocr.repair("他说，接第2版的报道内容有误。").text());
        assertEquals("全市共有4家医院。\n人民日报", ocr.repair("全市共有4家医院。\n人民日报").text());
        assertEquals("全市共有4家医院。\n人民日报 4", ocr.repair("全市共有4家医院。\n人民日报 4").text());
    }

    @Test
    void numbersSplitAtTheCommaOrAtAColumnBreakJoin() {
        assertEquals("全台共(12,345)輛。", ocr.repair("全台共(12, 345)輛。").text());
        assertEquals("吞吐量达到1,234 TEU。", ocr.repair("吞吐量达到1, 234 TEU。").text());
        assertEquals("共有1,280宗買賣。", ocr.repair("共有1 ,280宗買賣。").text());
        assertEquals("營收達新台幣12,345億元。", ocr.repair("營收達新台幣12,\n345億元。").text());
        assertEquals("岗位达到3,456个。", ocr.repair("岗位达到3\n,456个。").text());
        assertEquals("截至9月底，该省粮食产量达到1100万吨。",
                ocr.repair("截至9月底，该省粮食产量达到1\n\n100万吨。").text());
        // lists, years and English prose stay as written
        assertEquals("第3, 4季度", ocr.repair("第3, 4季度").text());
        assertEquals("In March 3, 450 people came.", ocr.repair("In March 3, 450 people came.").text());
        assertEquals("包括以下3\n\n2026年起全面推行。", ocr.repair("包括以下3\n\n2026年起全面推行。").text());
    }

    @Test
    void mastheadFeetWithADateOrFramedByRulesAreDropped() {
        assertEquals("新规不针对特定国家。", ocr.repair("新规不针对特定国家。\n人民日报 2026年4月1日").text());
        assertEquals("新规不针对特定国家。",
                ocr.repair("新规不针对特定国家。\n《人民日报》（2026年04月01日 第 04 版）").text());
        assertEquals("新規不針對特定國家。", ocr.repair("新規不針對特定國家。\n—— 香港經濟日報 ——").text());
        assertEquals("據人民日報2026年4月1日報道，細則將公布。", ocr.repair("據人民日報2026年4月1日報道，細則將公布。").text());
    }
}
