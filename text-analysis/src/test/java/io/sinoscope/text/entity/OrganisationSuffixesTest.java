package io.sinoscope.text.entity;

import io.sinoscope.text.segment.OrganisationSuffixes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The organisation-suffix resource is exactly what its generator makes of HanLP's dictionaries, the knowledge base
 * and the hand table, so none changes alone. {@code -Dsinoscope.orgsuffix.write=true} rewrites the resource; review
 * its diff.
 */
class OrganisationSuffixesTest {

    @Test
    void resourceIsTheGeneratorsOutput() throws IOException {
        List<String> generated = OrganisationSuffixGenerator.generate();
        Path target = Path.of(OrganisationSuffixGenerator.TARGET);
        if (Boolean.getBoolean("sinoscope.orgsuffix.write")) {
            Files.write(target, generated, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", generated), String.join("\n", Files.readAllLines(target, StandardCharsets.UTF_8)));
    }

    @Test
    void theLongestSuffixCloses() {
        OrganisationSuffixes suffixes = OrganisationSuffixes.defaults();
        assertEquals("股份有限公司", suffixes.longestOf("南亚科技股份有限公司"));
        assertEquals("株式会社", suffixes.longestOf("住友金属矿山株式会社"));
        assertEquals("港务局", suffixes.longestOf("斯里兰卡港务局"));
        assertNull(suffixes.longestOf("拉马福萨"));
        assertNull(suffixes.longestOf("维吾尔族"), "an ethnic group is not an organisation");
    }
}
