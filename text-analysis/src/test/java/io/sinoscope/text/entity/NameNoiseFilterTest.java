package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameNoiseFilterTest {

    private final NameNoiseFilter filter = NameNoiseFilter.fromResources();

    @Test
    void fragmentsSeenTaggedAsNamesAreNoise() {
        assertTrue(filter.isNoise("那就太", EntityType.PERSON, "nr"));
        assertTrue(filter.isNoise("时说", EntityType.PERSON, "nr"));
        assertTrue(filter.isNoise("关税将会", EntityType.ORGANIZATION, "nt"));
        assertTrue(filter.isNoise("国计划", EntityType.PERSON, "nr"), "tail of 美国 glued to the next word");
        assertTrue(filter.isNoise("方式上", EntityType.PERSON, "nr"), "ends with a localiser");
        assertTrue(filter.isNoise("五国", EntityType.LOCATION, "ns"), "a count of countries");
        assertTrue(filter.isNoise("美", EntityType.LOCATION, "ns"), "single character");
        assertTrue(filter.isNoise("中方", EntityType.ORGANIZATION, "nt"), "stop list");
    }

    @Test
    void organisationsNeedAnOrganisationSuffix() {
        assertTrue(filter.isNoise("高关税政策", EntityType.ORGANIZATION, "nt"));
        assertFalse(filter.isNoise("某某基金", EntityType.ORGANIZATION, "nt"));
        assertFalse(filter.isNoise("华夏稀土公司", EntityType.ORGANIZATION, "ntc"));
    }

    @Test
    void realNamesPass() {
        assertFalse(filter.isNoise("张志远", EntityType.PERSON, "nr"));
        assertFalse(filter.isNoise("约翰·史密斯", EntityType.PERSON, "nrf"));
        assertFalse(filter.isNoise("时建国", EntityType.PERSON, "nr"), "时 is also a surname");
        assertFalse(filter.isNoise("江门市", EntityType.LOCATION, "ns"));
    }
}
