package io.sinoscope.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.ingest.cleaning.ArticleCleaner;
import io.sinoscope.ingest.cleaning.BoilerplateRemover;
import io.sinoscope.ingest.cleaning.MetadataExtractor;
import io.sinoscope.ingest.cleaning.OcrRepair;
import io.sinoscope.ingest.cleaning.UnicodeNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The near-duplicate rule with its default thresholds on development pairs written for it ({@code dev-pairs-v1.txt}:
 * CN/TW/HK reposts and updates of short and long articles, and different outlets' reports of the same event). Texts
 * are cleaned as intake cleans them; a pair counts as flagged only if the LSH index would also find it.
 */
class NearDuplicateRuleTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-01T00:00:00Z");

    private final NearDuplicateRule rule = NearDuplicateRule.defaults();
    private final ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
            new OcrRepair(), new MetadataExtractor());

    private record Pair(String a, String b, boolean duplicate, String why) {
    }

    @Test
    void repostsAndUpdatesAreFlaggedAndSameEventReportsAreNot() throws IOException {
        Map<String, String> docs = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        read(docs, pairs);
        List<String> wrong = new ArrayList<>();
        int duplicates = 0;
        int distinct = 0;
        for (Pair pair : pairs) {
            int[] a = signature(docs, pair.a());
            int[] b = signature(docs, pair.b());
            boolean flagged = rule.duplicates(a, b) && NearDuplicateRule.candidates(a, b);
            String line = String.format(Locale.ROOT, "%s %s jaccard=%.2f containment=%.2f shingles=%d/%d flagged=%s (%s)",
                    pair.a(), pair.b(), MinHash.similarity(a, b), MinHash.containment(a, b), MinHash.shingleCount(a),
                    MinHash.shingleCount(b), flagged, pair.why());
            System.out.println("DEDUP-DEV " + line);
            if (flagged != pair.duplicate()) {
                wrong.add(line);
            }
            if (pair.duplicate()) {
                duplicates++;
            } else {
                distinct++;
            }
        }
        assertTrue(duplicates >= 8 && distinct >= 8, "at least 8 pairs of each kind");
        assertEquals(List.of(), wrong, "pairs decided wrongly");
    }

    @Test
    void aReportInsideALongerOneIsContained() {
        String report = "印度尼西亚能源和矿产资源部周三宣布，自明年一月起暂停发放新的镍矿出口许可，"
                + "并要求现有许可证持有者在六个月内提交冶炼厂建设计划。分析人士指出，这一措施将推高国际镍价，"
                + "并促使电池制造商加快在当地投资设厂。";
        String longer = report + "\n与此同时，菲律宾矿业部门表示正在研究类似政策，但尚未作出决定。多家国际矿业公司"
                + "已派员前往雅加达了解细则，部分企业考虑调整在当地的合资安排，以满足新的本地加工要求。";
        int[] a = rule.signature(report).orElseThrow();
        int[] b = rule.signature(longer).orElseThrow();
        assertTrue(MinHash.containment(a, b) >= 0.8, "containment " + MinHash.containment(a, b));
        assertTrue(rule.duplicates(a, b));
    }

    @Test
    void aSignatureStoredWithoutItsShingleCountIsComparedByJaccardAlone() {
        int[] full = rule.signature("中央銀行今日召開理監事聯席會議，決議調升政策利率半碼，重貼現率由2%升至2.125%，"
                + "自明日起實施。央行總裁表示，國內通膨壓力仍高於預期。").orElseThrow();
        int[] old = java.util.Arrays.copyOf(full, MinHash.ROWS);
        assertEquals(-1, MinHash.shingleCount(MinHash.fromBytes(MinHash.toBytes(old))));
        assertTrue(Double.isNaN(MinHash.containment(full, old)));
        assertTrue(rule.duplicates(full, old));
    }

    @Test
    void framingLinesAreLeftOutButShortSentencesStay() {
        String text = "两部门发布公告 镓锗相关物项4月起管制\n南岭新闻网 2026年03月12日 11:02\n"
                + "商务部、海关总署12日联合发布公告，决定自4月1日起对部分镓、锗相关物项实施出口管制。\n"
                + "公告自发布之日起施行。\n编辑：赵敏";
        assertEquals("商务部、海关总署12日联合发布公告，决定自4月1日起对部分镓、锗相关物项实施出口管制。\n"
                + "公告自发布之日起施行。\n", ArticleBody.of(text, 45, 20));
        assertEquals(text, ArticleBody.of(text, 45, 500), "too little body left: the whole text is compared");
    }

    @Test
    void aHeadlineAndDateLineGluedOntoTheFirstParagraphAreCutAtTheClockTime() {
        String glued = "升息半碼！央行重貼現率調升至2.125%2026-03-19 17:05 寶島財經網/綜合報導中央銀行今（19）日召開理監事"
                + "聯席會議，決議調升政策利率半碼。\n更多新聞請看寶島財經網";
        assertEquals("寶島財經網/綜合報導中央銀行今（19）日召開理監事聯席會議，決議調升政策利率半碼。\n",
                ArticleBody.of(glued, 45, 20));
        String timeInASentence = "商务部称，双方代表于今日上午。会议10:30开始，持续约两小时，双方就出口管制交换了意见。";
        assertEquals(timeInASentence + "\n", ArticleBody.of(timeInASentence, 45, 20), "only before the first 。");
    }

    private int[] signature(Map<String, String> docs, String id) {
        String raw = docs.get(id);
        assertNotNull(raw, "no document " + id);
        if (Boolean.getBoolean("dedup.dump")) {
            System.out.println("DEDUP-DUMP " + id + "\n" + cleaner.clean(raw, RECEIVED).text() + "\n---body\n"
                    + ArticleBody.of(cleaner.clean(raw, RECEIVED).text(), 45, 50));
        }
        return rule.signature(cleaner.clean(raw, RECEIVED).text()).orElseThrow();
    }

    private static void read(Map<String, String> docs, List<Pair> pairs) throws IOException {
        String content;
        try (InputStream in = NearDuplicateRuleTest.class.getResourceAsStream("/io/sinoscope/ingest/dedup/dev-pairs-v1.txt")) {
            assertNotNull(in, "dev-pairs-v1.txt");
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String id = null;
        StringBuilder body = new StringBuilder();
        for (String line : content.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("=== ") || line.startsWith("pair\t")) {
                if (id != null) {
                    docs.put(id, body.toString());
                    id = null;
                }
                body.setLength(0);
            }
            if (line.startsWith("=== ")) {
                id = line.substring(4).strip();
            } else if (line.startsWith("pair\t")) {
                String[] f = line.split("\t");
                assertTrue(f.length == 5 && (f[3].equals("duplicate") || f[3].equals("distinct")), line);
                pairs.add(new Pair(f[1], f[2], f[3].equals("duplicate"), f[4]));
            } else if (id != null) {
                body.append(line).append('\n');
            }
        }
        assertFalse(pairs.isEmpty());
    }
}
