package io.sinoscope.text.topic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicClassifierTest {

    private final TopicClassifier classifier = TopicClassifier.fromResources();

    private List<String> ids(String text) {
        return classifier.classify(text).stream().map(Topic::id).toList();
    }

    @Test
    void assignsSeveralTopicsWithScores() {
        List<Topic> topics = classifier.classify("两国元首在峰会上会晤，美方同意下调关税，中方恢复采购大豆，关税战暂告段落。");
        List<String> ids = topics.stream().map(Topic::id).toList();
        assertTrue(ids.containsAll(List.of("tariffs-trade", "diplomacy-summits", "agriculture")), ids::toString);
        assertEquals("diplomacy-summits", ids.get(0));
        assertTrue(topics.stream().allMatch(t -> t.score() >= 0.4 && t.score() < 1));
    }

    @Test
    void weakEvidenceAloneAssignsNothing() {
        assertEquals(List.of(), ids("该公司去年进口了一批设备。"));
        assertEquals(List.of("energy-oil"), ids("液化天然气价格持稳。"));
    }

    @Test
    void longerTermsClaimTheirCharacters() {
        Topic energy = classifier.classify("液化天然气").get(0);
        assertEquals(List.of("液化天然气"), energy.evidence());
    }

    @Test
    void coversTheWholeTaxonomy() {
        assertEquals(List.of("chips-export-controls"), ids("美国扩大对华芯片出口管制。"));
        assertEquals(List.of("rare-earths-minerals"), ids("中方暂停稀土新规。"));
        assertEquals(List.of("nuclear-iran"), ids("伊朗浓缩铀库存增加。"));
        assertEquals(List.of("military-security"), ids("解放军举行军演。"));
        assertEquals(List.of("markets"), ids("恒生指数收跌。"));
    }
}
