package io.sinoscope.text.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.entity.TransliterationTable;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The words search's word-edge matching sees: names, not their characters inside other words. */
class DictionaryWordsTest {

    private static DictionaryWords words;

    @BeforeAll
    static void load() {
        words = new DictionaryWords(Gazetteer.fromResources(), TransliterationTable.fromResources());
    }

    @Test
    void aNameCutAcrossAWordEdgeIsNotAWord() {
        Set<String> straddled = words.of("议员要求增加州政府的防灾预算。");
        assertFalse(straddled.contains("加州"), straddled::toString);
        Set<String> named = words.of("美国加州发生山火，数千居民撤离。");
        assertTrue(named.contains("加州"), named::toString);
    }

    @Test
    void aNameHeadingALongerWordTheDictionaryLacksIsNotAWord() {
        Set<String> pea = words.of("街市荷兰豆价格连升三日。");
        assertFalse(pea.contains("荷兰"), pea::toString);
        assertTrue(pea.contains("荷兰豆"), pea::toString);
        Set<String> gulf = words.of("墨西哥湾沿岸炼油厂因飓风停工。");
        assertFalse(gulf.contains("墨西哥"), gulf::toString);
    }

    @Test
    void aCommonWordBeforeALoneCharacterStaysAWord() {
        Set<String> trade = words.of("台湾芯片业者正评估对供应链的影响。");
        assertTrue(trade.contains("芯片"), trade::toString);
    }

    @Test
    void aBelongingAffixKeepsTheName() {
        Set<String> nationality = words.of("两名英国籍船员获救。");
        assertTrue(nationality.contains("英国"), nationality::toString);
        Set<String> city = words.of("北京市长发布通知。");
        assertTrue(city.contains("北京"), city::toString);
    }

    @Test
    void aNameBeforeAHeadWordIsPartOfAnotherEntity() {
        Set<String> government = words.of("北京市政府发布通知。");
        assertTrue(government.contains("北京市政府") && !government.contains("北京"), government::toString);
        Set<String> road = words.of("这条中山路已成为步行街。");
        assertTrue(road.contains("中山路") && !road.contains("中山"), road::toString);
        Set<String> navy = words.of("日本海军的驱逐舰驶入港口。");
        assertTrue(navy.contains("日本海军") && navy.contains("海军") && !navy.contains("日本"), navy::toString);
        Set<String> state = words.of("美国政府周二表示将展开谈判。");
        assertTrue(state.contains("美国"), "a country and 政府 is the country acting: " + state);
        Set<String> universities = words.of("美国大学的学费连年上涨。");
        assertTrue(universities.contains("美国"), "a bare institution word describes: " + universities);
        Set<String> sea = words.of("印度洋海温偏高。");
        assertTrue(sea.contains("印度洋"), "海 of 海温 is no head: " + sea);
    }

    @Test
    void aCompoundGivesNoPartThatIsAnotherNameWrittenAlike() {
        Set<String> university = words.of("哥伦比亚大学学生发起集会。");
        assertFalse(university.contains("哥伦比亚"), university::toString);
        Set<String> ministry = words.of("美国商务部公布新的出口管制。");
        assertTrue(ministry.contains("美国"), ministry::toString);
        Set<String> bank = words.of("英国央行宣布加息。");
        assertTrue(bank.contains("英国"), bank::toString);
    }

    @Test
    void aNumeralOrParticleAfterANameIsAWordOfItsOwn() {
        Set<String> miners = words.of("必和必拓和力拓两大矿业公司的产量下降。");
        assertTrue(miners.contains("力拓"), miners::toString);
    }

    @Test
    void aPlaceBeforeItsBankStaysAWord() {
        Set<String> river = words.of("泰晤士河畔的游客明显增多。");
        assertTrue(river.contains("泰晤士河"), river::toString);
    }

    @Test
    void spansSayWhetherANameLiesInsideALongerWord() {
        assertTrue(words.spans("印度洋海温偏高。").insideLongerWord(0, 2), "印度 of 印度洋");
        assertFalse(words.spans("印度总理会见外长。").insideLongerWord(0, 2), "印度 as a word");
        assertTrue(words.spans("洞庭湖南岸的湿地。").insideLongerWord(2, 4), "湖南 across 洞庭湖|南岸");
        assertFalse(words.spans("美国商务部公布新规。").insideLongerWord(0, 2), "美国 heads 美国商务部");
        assertFalse(words.spans("北京市长发布通知。").insideLongerWord(0, 2), "北京 of 北京市");
        assertTrue(words.spans("北京市政府发布通知。").insideLongerWord(0, 2), "北京 of the city's government");
        assertFalse(words.spans("示威者在东京都首相官邸外集会。").insideLongerWord(4, 6), "东京 of 东京都");
        assertFalse(words.spans("美国暂无意出兵。").insideLongerWord(0, 2), "美国 before a lone character");
        assertFalse(words.spans("双方就伊朗核问题进行磋商。").insideLongerWord(3, 5), "伊朗 of 伊朗核问题");
    }

    @Test
    void aListedNameInsideALongerTransliteratedNameIsNotAWord() {
        Set<String> painter = words.of("意大利画家莫迪里安尼的作品以高价成交。");
        assertFalse(painter.contains("莫迪"), painter::toString);
        Set<String> scientist = words.of("科学家布什内尔发表新的研究论文。");
        assertFalse(scientist.contains("布什"), scientist::toString);
        Set<String> wrestler = words.of("格鲁吉亚摔跤手古巴什维利夺冠。");
        assertFalse(wrestler.contains("古巴"), wrestler::toString);
    }

    @Test
    void aNameBoundaryKeepsTheListedName() {
        Set<String> dot = words.of("吉米·卡特中心发表声明。");
        assertTrue(dot.contains("卡特"), dot::toString);
        Set<String> conjunction = words.of("卢拉与米莱在峰会上握手。");
        assertTrue(conjunction.contains("米莱"), conjunction::toString);
        Set<String> verb = words.of("普京拉拢中亚盟友。");
        assertTrue(verb.contains("普京"), verb::toString);
        Set<String> adverb = words.of("米莱亦表示反对。");
        assertTrue(adverb.contains("米莱"), adverb::toString);
        Set<String> frequent = words.of("日本多地都有民众连日举行抗议。");
        assertTrue(frequent.contains("日本"), frequent::toString);
        Set<String> particle = words.of("以色列总理纳坦雅胡通了电话。");
        assertTrue(particle.contains("纳坦雅胡"), particle::toString);
    }

    @Test
    void listedNamesSideBySideStayWords() {
        Set<String> capital = words.of("伊朗德黑兰发生地震。");
        assertTrue(capital.contains("伊朗"), capital::toString);
        assertTrue(capital.contains("德黑兰"), capital::toString);
        Set<String> city = words.of("阿根廷罗萨里奥的大豆装运量下降了两成。");
        assertTrue(city.contains("阿根廷"), city::toString);
    }

    @Test
    void aCityBeforeAWordItsSuffixStartsStaysAWord() {
        Set<String> mayor = words.of("罗马市长宣布新的交通措施。");
        assertTrue(mayor.contains("罗马"), mayor::toString);
        assertFalse(mayor.contains("罗马市"), mayor::toString);
    }
}
