package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Articles of a chosen length for load tests: a few of our own newsroom sentences (so cleaning and analysis meet
 * real vocabulary, in all three regional styles) padded with random common Han characters in sentence-sized runs,
 * so that no two articles are near-duplicates of each other and every one is stored and published. Seeded: the
 * same arguments give the same corpus.
 */
final class SyntheticCorpus {

    private static final List<String> SENTENCES = List.of(
            "美国商务部周二宣布扩大对先进芯片的出口管制，涉及多家中国企业。",
            "商务部新闻发言人表示，中方将采取必要措施维护自身正当权益。",
            "美國總統川普表示，將對進口晶片加徵關稅，台積電股價應聲下跌。",
            "行政院表示，新台幣三百億元補助方案將於明年上路，協助半導體產業轉型。",
            "特首李家超表示，美國加徵關稅對本港出口的影響可控，港元匯價保持穩定。",
            "澳大利亚资源部长在悉尼宣布设立关键矿产基金，支持稀土加工。",
            "欧盟委员会公布对进口电动汽车反补贴调查的初步结果，拟征收临时关税。",
            "国际油价周三小幅回落，布伦特原油期货收跌百分之零点八。");
    /** CJK Unified Ideographs most common in news lie low in the block; this range avoids rare characters. */
    private static final int HAN_FROM = 0x4E00;
    private static final int HAN_SPAN = 0x5200;

    private final ObjectMapper json = new ObjectMapper();
    private final SplittableRandom random;
    private final int characters;

    SyntheticCorpus(long seed, int characters) {
        this.random = new SplittableRandom(seed);
        this.characters = characters;
    }

    String articleLine(String source, String externalId) {
        StringBuilder text = new StringBuilder(characters + 64);
        for (int i = 0; i < 3; i++) {
            text.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
        }
        text.append('\n');
        while (text.length() < characters) {
            int sentence = 18 + random.nextInt(24);
            for (int i = 0; i < sentence; i++) {
                text.appendCodePoint(HAN_FROM + random.nextInt(HAN_SPAN));
            }
            text.append(random.nextInt(5) == 0 ? "。\n" : "。");
        }
        ObjectNode article = json.createObjectNode();
        article.put("source", source);
        article.put("externalId", externalId);
        article.put("title", text.substring(0, 20));
        article.put("text", text.toString());
        article.put("publishedAt", "2026-11-0" + (1 + random.nextInt(9)) + "T08:00:00+08:00");
        return article.toString();
    }
}
