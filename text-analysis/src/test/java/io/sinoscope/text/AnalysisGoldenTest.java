package io.sinoscope.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.text.fact.Fact;
import io.sinoscope.text.topic.Topic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole analysis (entities, facts with attributes, keywords, topics, summary) of the sample corpus and of short
 * adversarial texts, compared line by line with {@value #GOLDEN}, which was written by the analyzer BEFORE the
 * linearity work of issue 21: making fact extraction linear in text length must not change what it finds.
 *
 * <p>After an intended change of results, rewrite the file with
 * {@code ./mvnw -pl text-analysis test -Dtest=AnalysisGoldenTest -Dsinoscope.golden.write=true} and review its diff.
 */
class AnalysisGoldenTest {

    static final String GOLDEN = "src/test/resources/io/sinoscope/text/analysis-golden-v1.txt";
    private static final Path CORPUS = Path.of("../samples/corpus/articles.ndjson");
    private static final Instant ADVERSARIAL_PUBLISHED = Instant.parse("2026-10-14T02:20:00Z");

    /** Repeated units, as in bench's AdversarialScaling, cut to 3,000 characters: one long sentence each. */
    static final Map<String, List<String>> ADVERSARIAL = adversarial();

    private static Map<String, List<String>> adversarial() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("percent", List.of("中国经济增速5%，"));
        families.put("tariff", List.of("美国对中国商品加征关税由10%提高至25%，"));
        families.put("tariff-variants", List.of("美国对中国商品加征关税由10%提高至25%，", "关税下调至10%，",
                "对日本汽车加征15%关税，", "维持13%税率。", "关税下调10个百分点至47%；", "暂停实施24%的额外关税，"));
        families.put("money", List.of("投资5000亿美元（约3.5万亿元人民币），", "人民币300亿元，"));
        families.put("quantity", List.of("进口1200万吨美国大豆，", "出动300名警员，"));
        families.put("dates", List.of("2026年10月13日，", "上周二，", "11月1日起，"));
        families.put("names", List.of("特朗普与习近平会见，", "英伟达和商务部、", "川普在华盛顿表示，"));
        families.put("no-punctuation", List.of("经济增速5%关税由10%提高至25%投资50亿美元进口12万吨特朗普"));
        return families;
    }

    static String repeat(List<String> units, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(units.get(i % units.size()));
        }
        text.setLength(length);
        return text.toString();
    }

    @Test
    void analysisOfCorpusAndAdversarialTextsIsUnchanged() throws IOException {
        List<String> actual = describeAll().stream().map(AnalysisGoldenTest::oneLine).toList();
        Path golden = Path.of(GOLDEN);
        if (Boolean.getBoolean("sinoscope.golden.write")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertTrue(expected.size() > 500, "golden file too small to say anything: " + expected.size() + " lines");
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), "line " + (i + 1) + " of " + GOLDEN);
        }
        assertEquals(expected.size(), actual.size(), "lines in " + GOLDEN);
    }

    /** Line breaks inside surfaces and summaries escaped, so one result is one line of the file. */
    private static String oneLine(String line) {
        return line.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static List<String> describeAll() throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            Instant published = OffsetDateTime.parse(article.path("publishedAt").asText()).toInstant();
            lines.add("# " + article.path("externalId").asText());
            describe(analyzer.analyze(article.path("title").asText() + "\n" + article.path("text").asText(), published),
                    lines);
        }
        for (Map.Entry<String, List<String>> family : ADVERSARIAL.entrySet()) {
            lines.add("# adversarial " + family.getKey());
            describe(analyzer.analyze(repeat(family.getValue(), 3000), ADVERSARIAL_PUBLISHED), lines);
        }
        return lines;
    }

    private static void describe(Analysis analysis, List<String> lines) {
        for (LinkedEntity entity : analysis.entities()) {
            lines.add("E\t" + entity.id() + "\t" + entity.name() + "\t" + entity.type() + "\t" + entity.mentions());
        }
        for (Fact fact : analysis.facts()) {
            lines.add(String.join("\t", "F", fact.kind().toString(), fact.text(), String.valueOf(fact.value()),
                    String.valueOf(fact.unit()), String.valueOf(fact.currency()), String.valueOf(fact.date()),
                    fact.start() + "-" + fact.end(), "s" + fact.sentence(), String.valueOf(fact.confidence()),
                    new TreeMap<>(fact.attributes()).toString()));
        }
        lines.add("K\t" + analysis.keywords());
        for (Topic topic : analysis.topics()) {
            lines.add("T\t" + topic);
        }
        lines.add("S\t" + analysis.summary());
    }
}
