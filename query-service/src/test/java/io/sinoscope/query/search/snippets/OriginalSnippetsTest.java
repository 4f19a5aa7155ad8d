package io.sinoscope.query.search.snippets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.TextAnalyzer;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OriginalSnippetsTest {

    private static TextAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = TextAnalyzer.createDefault();
    }

    @Test
    void storedMapAnswersLikeTheAnalyzersOwnWhetherSentOrRecomputed() {
        // 網際網路 → 互联网 changes length; the brackets and quotes are rewritten one to one.
        String original = "輝達與台積電合作開發新一代網際網路伺服器晶片，<預計>明年「量產」。";
        NormalizedText normalized = analyzer.normalize(original);
        OffsetMap map = normalized.offsets();
        // From the runs nlp-service sent (no analyzer to fall back on), and recomputed without them.
        assertSameMap(map, OriginalSnippets.encodeMap(null, original, normalized.normalized(), normalized.offsetRuns()));
        assertSameMap(map, OriginalSnippets.encodeMap(analyzer, original, normalized.normalized(), null));
    }

    @Test
    void runsThatDoNotFitTheTextsAreNotTrusted() {
        String original = "輝達與台積電合作開發新一代網際網路伺服器晶片。";
        NormalizedText normalized = analyzer.normalize(original);
        List<Integer> shortOfOne = List.of(normalized.normalized().length() - 1, 0, original.length() - 1);
        List<Integer> backwards = List.of(2, 3, 5, 1, 0, 1);
        for (List<Integer> runs : List.of(shortOfOne, backwards, java.util.Arrays.asList(1, null, 2))) {
            assertNull(OriginalSnippets.encodeMap(null, original, normalized.normalized(), runs), runs.toString());
            assertSameMap(normalized.offsets(), OriginalSnippets.encodeMap(analyzer, original,
                    normalized.normalized(), runs));
        }
    }

    @Test
    void noMapWhenNoneIsNeededOrItWouldBeWrong() {
        String simplified = "英伟达发布新芯片";
        assertNull(OriginalSnippets.encodeMap(analyzer, simplified, simplified, null));
        assertNull(OriginalSnippets.encodeMap(analyzer, "輝達發布新晶片", "由旧版分析器生成的文本", null));
    }

    private static void assertSameMap(OffsetMap expected, byte[] stored) {
        assertNotNull(stored);
        OriginalSnippets.Offsets decoded = OriginalSnippets.decodeMap(new BytesRef(stored));
        for (int i = 0; i <= expected.normalizedLength(); i++) {
            assertEquals(expected.toOriginal(i), decoded.toOriginal(i), "start " + i);
            assertEquals(expected.toOriginalEnd(i), decoded.toOriginalEnd(i), "end " + i);
        }
    }

    @Test
    void passageAndMatchesAreTranslatedAndEscaped() {
        String original = "據報導，輝達的新晶片<H100>將於明年量產。";
        NormalizedText normalized = analyzer.normalize(original);
        String content = normalized.normalized();
        int match = content.indexOf("芯片");
        OriginalSnippets.Highlighted highlighted = new OriginalSnippets.Highlighted(content, List.of(
                new OriginalSnippets.Span(0, content.length(), new int[] {match}, new int[] {match + 2})));
        String snippet = OriginalSnippets.render(highlighted, original,
                new BytesRef(OriginalSnippets.encodeMap(analyzer, original, content, null)));
        assertEquals("據報導，輝達的新<em>晶片</em>&lt;H100&gt;將於明年量產。", snippet);
        // Without a map (different analyzer version) the normalised text is used.
        assertEquals(content.substring(0, match) + "<em>芯片</em>" + content.substring(match + 2)
                .replace("<", "&lt;").replace(">", "&gt;"), OriginalSnippets.render(highlighted, original, null));
    }
}
