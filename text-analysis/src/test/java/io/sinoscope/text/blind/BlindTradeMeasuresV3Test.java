package io.sinoscope.text.blind;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.blind.BlindTradeSetV3.Article;
import io.sinoscope.text.blind.BlindTradeSetV3.Measure;
import io.sinoscope.text.fact.Fact;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blind trade-measure set v3 (issue 23): tariff changes, export controls and sanctions written before
 * the trade-measure extractors were changed, in mainland, Taiwan and Hong Kong styles. Prints
 * {@code BLIND23T} lines (recall and precision per kind and region, attribute accuracy among the
 * detected measures, every miss, wrong attribute, spurious fact and broken decoy) and never gates on
 * them: it fails only when the set itself is malformed. Never tune on it; see docs/quality.md.
 */
class BlindTradeMeasuresV3Test {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String ALL = "ALL";
    private static final List<String> ATTRIBUTES =
            List.of("imposer", "target", "entities", "goods", "status", "effective", "from", "to");

    /**
     * How the sets write a party other than by a country's name: a side (中方, 美方, 英方, 加方), a government (港府), Hong Kong's 本港 or a region's
     * name for the mainland; the gold means the country or territory, which the scoring compares by gazetteer id.
     */
    private static final Map<String, String> SIDE_FORMS = Map.of("中方", "中国", "美方", "美国", "港府", "香港",
            "中國大陸", "中国", "中国大陆", "中国", "本港", "香港", "英方", "英国", "加方", "加拿大",
            // Set v6: 陸方 is Taiwan's word for the mainland side; 我國 occurs only in its Taiwan articles.
            "陸方", "中国", "我國", "台湾");
    /** Groups of countries no gazetteer entry names: scored by their surface, as an unresolved name is. */
    private static final Set<String> GROUP_PARTIES = Set.of("最不发达国家");

    private final TextAnalyzer analyzer = TextAnalyzer.createDefault();
    private final Gazetteer gazetteer = analyzer.gazetteer();
    private final Map<String, String> idByFoldedName = new HashMap<>();

    /** correct/total counters keyed by a label. */
    private final Map<String, int[]> tallies = new TreeMap<>();
    private final List<String> details = new ArrayList<>();

    @Test
    void measureTradeFactsOnTheBlindSet() throws Exception {
        Map<String, Article> articles = BlindTradeSetV3.articles(version());
        List<Measure> measures = BlindTradeSetV3.measures(articles, version());
        long real = measures.stream().filter(m -> !m.decoy()).count();
        assertTrue(articles.size() >= 30, "the set needs at least 30 articles, has " + articles.size());
        assertTrue(real >= 60, "the set needs at least 60 measures, has " + real);
        for (CanonicalEntity entity : gazetteer.entities()) {
            idByFoldedName.putIfAbsent(Gazetteer.fold(entity.name()), entity.id());
        }
        List<String> unknown = new ArrayList<>();
        for (Measure measure : measures) {
            for (String surface : List.of(measure.imposer(), measure.target())) {
                if (!surface.isEmpty() && !"all".equals(surface) && !GROUP_PARTIES.contains(surface)
                        && entityId(surface).isEmpty()) {
                    unknown.add(surface + " (" + measure.article().id() + ")");
                }
            }
        }
        assertTrue(unknown.isEmpty(), "the gazetteer does not know these annotated parties: " + unknown
                + "; pick surfaces it resolves or name the side form in SIDE_FORMS");

        for (Article article : articles.values()) {
            List<Measure> annotated = measures.stream().filter(m -> m.article() == article).toList();
            score(article, annotated, analyzer.analyze(article.text(), published(article)));
        }
        report();
    }

    /** The set measured: v3 here, a later set in a subclass (same format, same scoring). */
    String version() {
        return "v3";
    }

    /** What every printed line starts with. */
    String prefix() {
        return "BLIND23T";
    }

    private static java.time.Instant published(Article article) {
        return article.published() == null ? java.time.Instant.now()
                : article.published().atTime(9, 0).atZone(BEIJING).toInstant();
    }

    private void score(Article article, List<Measure> annotated, Analysis analysis) {
        String text = article.text();
        List<Fact> facts = analysis.facts().stream()
                .filter(f -> BlindTradeSetV3.KINDS.contains(f.kind().code())).toList();
        Set<Fact> used = new HashSet<>();

        // Pair measures and facts of the same kind in the anchored sentence, best attribute agreement first.
        record Pair(Measure measure, Fact fact, int agreement, int distance) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Measure measure : annotated) {
            if (measure.decoy()) {
                continue;
            }
            int[] sentence = sentence(text, measure.anchorAt());
            for (Fact fact : facts) {
                if (fact.kind().code().equals(measure.kind()) && inside(fact, sentence)) {
                    int agreement = (int) ATTRIBUTES.stream()
                            .filter(a -> Boolean.TRUE.equals(verdict(measure, fact, a))).count();
                    pairs.add(new Pair(measure, fact, agreement, Math.abs(fact.start() - measure.anchorAt())));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::agreement).reversed().thenComparingInt(Pair::distance));
        Map<Measure, Fact> matched = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            if (!matched.containsKey(pair.measure()) && !used.contains(pair.fact())) {
                matched.put(pair.measure(), pair.fact());
                used.add(pair.fact());
            }
        }

        for (Measure measure : annotated) {
            if (measure.decoy()) {
                int[] sentence = sentence(text, measure.anchorAt());
                List<Fact> inDecoy = facts.stream().filter(f -> inside(f, sentence)).toList();
                count("decoys held", article.region(), inDecoy.isEmpty());
                if (!inDecoy.isEmpty()) {
                    details.add("decoy-broken " + article.id() + " [" + measure.anchor() + "] "
                            + inDecoy.stream().map(BlindTradeMeasuresV3Test::describe).toList());
                }
                continue;
            }
            Fact fact = matched.get(measure);
            count("recall " + measure.kind(), article.region(), fact != null);
            if (fact == null) {
                details.add("miss " + article.id() + " " + measure.kind() + " [" + measure.anchor() + "]");
                continue;
            }
            boolean roles = true;
            for (String attribute : ATTRIBUTES) {
                Boolean verdict = verdict(measure, fact, attribute);
                if (verdict == null) {
                    continue;
                }
                count("attr " + measure.kind() + " " + attribute, article.region(), verdict);
                count("attr all " + attribute, article.region(), verdict);
                if (!verdict) {
                    details.add("wrong " + article.id() + " " + measure.kind() + " " + attribute + " expected="
                            + expected(measure, attribute) + " got=" + got(fact, attribute)
                            + " [" + measure.anchor() + "]");
                }
                if (attribute.equals("imposer") || attribute.equals("target")) {
                    roles &= verdict;
                }
            }
            if (!measure.imposer().isEmpty() && !measure.target().isEmpty()) {
                count("roles-both " + measure.kind(), article.region(), roles);
            }
        }
        for (Fact fact : facts) {
            boolean isMatched = used.contains(fact);
            count("precision " + fact.kind().code(), article.region(), isMatched);
            if (!isMatched) {
                details.add("spurious " + article.id() + " " + describe(fact));
            }
        }
    }

    /** null when the attribute is not annotated, else whether the fact states it as annotated. */
    private Boolean verdict(Measure measure, Fact fact, String attribute) {
        return switch (attribute) {
            case "imposer" -> measure.imposer().isEmpty() ? null
                    : sameEntity(measure.imposer(), strings(fact.attributes().get("imposing_country")));
            case "target" -> measure.target().isEmpty() ? null : "all".equals(measure.target())
                    ? strings(fact.attributes().get("affected_country")).contains("all")
                    : sameEntity(measure.target(), strings(fact.attributes().get("affected_country")));
            case "entities" -> measure.entities().isEmpty() ? null
                    : measure.entities().stream().allMatch(e -> containsEntity(
                            strings(fact.attributes().get("affected_entities")), e));
            case "goods" -> measure.goods().isEmpty() ? null
                    : strings(fact.attributes().get("goods")).stream().anyMatch(g -> simplified(g)
                            .contains(simplified(measure.goods())));
            case "status" -> measure.status().isEmpty() ? null
                    : strings(fact.attributes().get("status")).contains(measure.status());
            case "effective" -> measure.effective().isEmpty() ? null
                    : strings(fact.attributes().get("effective_date")).contains(measure.effective());
            case "from" -> measure.from() == null ? null : sameNumber(measure.from(), fact.attributes().get("from"));
            case "to" -> measure.to() == null ? null : sameNumber(measure.to(),
                    fact.attributes().containsKey("to") ? fact.attributes().get("to") : fact.value());
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    private static String expected(Measure measure, String attribute) {
        return switch (attribute) {
            case "imposer" -> measure.imposer();
            case "target" -> measure.target();
            case "entities" -> String.join("|", measure.entities());
            case "goods" -> measure.goods();
            case "status" -> measure.status();
            case "effective" -> measure.effective();
            case "from" -> String.valueOf(measure.from());
            case "to" -> String.valueOf(measure.to());
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    private static Object got(Fact fact, String attribute) {
        return switch (attribute) {
            case "imposer" -> fact.attributes().get("imposing_country");
            case "target" -> fact.attributes().get("affected_country");
            case "entities" -> fact.attributes().get("affected_entities");
            case "goods" -> fact.attributes().get("goods");
            case "status" -> fact.attributes().get("status");
            case "effective" -> fact.attributes().get("effective_date");
            case "from" -> fact.attributes().get("from");
            case "to" -> fact.attributes().containsKey("to") ? fact.attributes().get("to") : fact.value();
            default -> throw new IllegalArgumentException(attribute);
        };
    }

    /** The annotated surface and one of the extracted names denote the same gazetteer entity. */
    private boolean sameEntity(String surface, List<String> extracted) {
        Optional<String> id = entityId(surface);
        return extracted.stream().anyMatch(name -> id.isPresent() ? id.equals(entityId(name))
                : Gazetteer.fold(simplified(name)).equals(Gazetteer.fold(simplified(surface))));
    }

    /** An annotated entity surface is among the extracted ones: same gazetteer entity, or one contains the other. */
    private boolean containsEntity(List<String> extracted, String surface) {
        String want = Gazetteer.fold(simplified(surface));
        Optional<String> id = entityId(surface);
        return extracted.stream().anyMatch(name -> {
            String got = Gazetteer.fold(simplified(name));
            return got.contains(want) || (!got.isEmpty() && want.contains(got))
                    || (id.isPresent() && id.equals(entityId(name)));
        });
    }

    private Optional<String> entityId(String surface) {
        String name = SIDE_FORMS.getOrDefault(surface, surface);
        Optional<String> id = gazetteer.lookup(name).map(CanonicalEntity::id);
        return id.isPresent() ? id : Optional.ofNullable(idByFoldedName.get(Gazetteer.fold(name)));
    }

    private static boolean sameNumber(double want, Object got) {
        if (got instanceof Number number) {
            return Math.abs(number.doubleValue() - want) < 1e-6;
        }
        if (got instanceof String string) {
            try {
                return Math.abs(Double.parseDouble(string) - want) < 1e-6;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    private static String simplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /** [start, end) of the sentence around offset, its terminator included. */
    private static int[] sentence(String text, int offset) {
        int start = offset;
        while (start > 0 && !terminator(text.charAt(start - 1))) {
            start--;
        }
        int end = offset;
        while (end < text.length() && !terminator(text.charAt(end))) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    private static boolean terminator(char c) {
        return c == '。' || c == '！' || c == '？' || c == '\n';
    }

    private static boolean inside(Fact fact, int[] sentence) {
        return fact.start() >= sentence[0] && fact.end() <= sentence[1];
    }

    private static String describe(Fact fact) {
        return fact.kind().code() + " \"" + fact.text() + "\" value=" + fact.value() + " " + fact.attributes();
    }

    private void count(String label, String region, boolean ok) {
        for (String key : List.of(label + " region=" + region, label + " region=" + ALL)) {
            int[] tally = tallies.computeIfAbsent(key, k -> new int[2]);
            tally[0] += ok ? 1 : 0;
            tally[1]++;
        }
    }

    private void report() {
        for (Map.Entry<String, int[]> entry : tallies.entrySet()) {
            int[] t = entry.getValue();
            System.out.printf("%s %s %d/%d (%.0f%%)%n", prefix(), entry.getKey(), t[0], t[1], 100.0 * t[0] / t[1]);
        }
        details.forEach(line -> System.out.println(prefix() + " " + line));
    }
}
