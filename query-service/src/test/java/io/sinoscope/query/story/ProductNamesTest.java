package io.sinoscope.query.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Goods compared as outlets list them: by shared characters, or by an item one list names and the other holds. */
class ProductNamesTest {

    @Test
    void aShorterListOfTheSameGoodsIsTheSameProduct() {
        assertTrue(ProductNames.same("镓、锗等关键矿产", "镓、锗、锑及超硬材料相关物项", 0.6));
        assertTrue(ProductNames.same("石墨负极材料", "高纯度石墨负极材料及相关技术", 0.6));
        assertTrue(ProductNames.same("电动车", "电动汽车", 0.6));
    }

    @Test
    void otherGoodsOfTheSameFamilyAreNot() {
        assertFalse(ProductNames.same("高纯度石墨负极材料及相关技术", "镓、锗、锑及超硬材料相关物项", 0.6));
        assertFalse(ProductNames.same("太阳能电池", "电动汽车", 0.6));
        assertFalse(ProductNames.same("芯片及材料", "石墨负极材料", 0.6), "a summary word is not the goods it sums up");
    }

    @Test
    void itemsAreSplitAtListSeparatorsAndLoseTheirTrailingEtc() {
        assertEquals(List.of("镓", "锗", "锑", "超硬材料相关物项"), ProductNames.items("镓、锗、锑及超硬材料相关物项"));
        assertEquals(List.of("镓", "锗", "关键矿产"), ProductNames.items("镓、锗等关键矿产"));
        assertEquals(List.of("钢材", "铝材"), ProductNames.items("钢材和铝材等"));
        assertEquals(List.of("电池"), ProductNames.items("电池"));
    }
}
