package io.sinoscope.text.entity;

import io.sinoscope.text.Gazetteer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AliasMatcherTest {

    // The curated aliases: the matcher is a mechanism; whether a knowledge-base form (和美 in 中国和美国) may link is
    // the linker's decision (EntityLinker.supported).
    private final AliasMatcher matcher = new AliasMatcher(Gazetteer.curatedOnly());

    private List<String> ids(String text) {
        return matcher.findAll(text).stream().map(m -> m.entity().id()).toList();
    }

    @Test
    void longestAliasWins() {
        // 美国商务部 is the US department, not "United States" followed by China's ministry.
        assertEquals(List.of("org:us-department-of-commerce"), ids("美国商务部"));
        assertEquals(List.of("Q252"), ids("印度尼西亚"));
    }

    @Test
    void matchesDoNotOverlapAndCarryOffsets() {
        List<AliasMatcher.AliasMatch> matches = matcher.findAll("中国和美国");
        assertEquals(2, matches.size());
        assertEquals(3, matches.get(1).start());
        assertEquals(5, matches.get(1).end());
    }

    @Test
    void latinAliasesMatchCaseInsensitivelyOnWordBoundariesOnly() {
        assertEquals(List.of("Q22686"), ids("TRUMP说"));
        assertEquals(List.of("org:mp-materials"), ids("公司mp materials扩产"));
        assertEquals(List.of(), ids("a trumpet"));
        assertEquals(List.of(), ids("eutrump"));
    }
}
