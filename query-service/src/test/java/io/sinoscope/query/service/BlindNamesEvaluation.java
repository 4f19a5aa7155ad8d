package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.query.search.BigramAnalyzer;
import io.sinoscope.query.search.IndexFields;
import io.sinoscope.query.search.IndexedArticle;
import io.sinoscope.query.search.QueryParser;
import io.sinoscope.query.search.TermVariants;
import io.sinoscope.query.search.lucene.LuceneIndex;
import io.sinoscope.query.search.lucene.LuceneQueryFactory;
import io.sinoscope.query.service.BlindNamesSet.Annotation;
import io.sinoscope.query.service.BlindNamesSet.Article;
import io.sinoscope.query.service.BlindNamesSet.Decoy;
import io.sinoscope.text.Analysis;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.TextAnalyzer;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Measures linking and search on one of issue 22's blind name sets (see docs/quality.md, "Blind set v2" and "Blind
 * set v3"). Each set was written before its authors looked at the gazetteer, the knowledge base or the linker, and
 * nobody may tune on it: the tests print the figures and fail only when a set is malformed, never on a low figure.
 *
 * <p>Search goes through the real query path: {@link LuceneQueryFactory} over a Lucene index of the articles built
 * by {@link LuceneIndex#toDocument}, with the entity ids the analyzer gives each article (as nlp-service sends them).
 */
final class BlindNamesEvaluation implements AutoCloseable {

    private static final List<String> SCOPES = List.of("CN", "TW", "HK", "all");

    private final String P;
    private final TextAnalyzer analyzer;
    private final LuceneQueryFactory queries;
    private final BlindNamesSet set;
    private final Map<String, List<Predicted>> predicted = new LinkedHashMap<>();
    private final Map<String, List<Expected>> expected = new LinkedHashMap<>();
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** One entity mention the analyzer reported, in original-text offsets. */
    record Predicted(String article, String id, EntityType type, int start, int end, String surface) {
        boolean linked() {
            return !id.startsWith("unlinked:");
        }
    }

    /** One whole occurrence of an annotated surface (occurrences inside a longer annotated surface are not). */
    record Expected(Annotation annotation, int start, int end) {
    }

    /** Analyses the set's articles and indexes them; {@code prefix} starts every printed line. */
    BlindNamesEvaluation(String version, String prefix) throws IOException {
        P = prefix;
        set = BlindNamesSet.load(version);
        analyzer = TextAnalyzer.createDefault();
        queries = new LuceneQueryFactory(new TermVariants(analyzer), analyzer);
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new BigramAnalyzer()))) {
            for (Article article : set.articles().values()) {
                Analysis analysis = analyzer.analyze(article.text(), Instant.parse("2025-11-20T00:00:00Z"));
                List<Predicted> found = new ArrayList<>();
                Set<String> ids = new LinkedHashSet<>();
                for (LinkedEntity entity : analysis.entities()) {
                    ids.add(entity.id());
                    for (Mention m : entity.mentions()) {
                        found.add(new Predicted(article.id(), entity.id(), entity.type(), m.start(), m.end(),
                                m.surface()));
                    }
                }
                predicted.put(article.id(), found);
                expected.put(article.id(), occurrences(article));
                NormalizedText text = analysis.text();
                writer.addDocument(LuceneIndex.toDocument(new IndexedArticle(article.id(), article.id(), "blind",
                        "", "", text.normalized(), article.region(), Instant.EPOCH, "h" + article.id(), ids,
                        article.text(), List.of(), text.offsetRuns())));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /** Prints every figure; fails only when the set itself is malformed. */
    void measure() throws IOException {
        assertEquals(List.of(), set.malformations(), "the blind set is malformed");
        printCounts();
        listedLinking();
        unseenRecognition();
        crossFormIds();
        crossVariantSearch(false);
        crossVariantSearch(true);
        englishNameSearch();
        decoys();
        unlinkedPrecision();
        notNames();
    }

    private void printCounts() {
        for (String scope : SCOPES) {
            long articles = set.articles().values().stream().filter(a -> in(scope, a.id())).count();
            long listed = set.annotations().stream().filter(a -> in(scope, a.article()) && a.listed()).count();
            long unlisted = set.annotations().stream()
                    .filter(a -> in(scope, a.article()) && a.form().equals("unlisted")).count();
            long unseen = set.annotations().stream().filter(a -> in(scope, a.article()) && !a.listed()).count();
            long occurrences = expected.entrySet().stream().filter(e -> in(scope, e.getKey()))
                    .mapToLong(e -> e.getValue().size()).sum();
            System.out.printf("%scount region=%s articles=%d rows.listed=%d (unlisted forms %d) rows.unseen=%d "
                    + "occurrences=%d decoys=%d%n", P, scope, articles, listed, unlisted, unseen, occurrences,
                    set.decoys().stream().filter(d -> in(scope, d.article())).count());
        }
    }

    /**
     * Recall: a listed occurrence linked, at its exact span, to its gazetteer id. Precision over every linked person,
     * organisation or place span, except spans inside a longer annotated surface (美国 in 美国财政部).
     */
    private void listedLinking() {
        Map<String, int[]> recall = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Expected e : all(expected)) {
            if (!e.annotation().listed()) {
                continue;
            }
            boolean hit = at(e).stream().anyMatch(p -> p.id().equals(e.annotation().gazetteerId()));
            String article = e.annotation().article();
            for (String key : List.of(region(article), "all", "form=" + e.annotation().form(),
                    region(article) + ".form=" + e.annotation().form())) {
                count(recall, key, hit);
            }
            if (!hit) {
                misses.add(String.format("%sMISS listed %s %s [%d,%d) expected %s (%s) got %s", P, article,
                        e.annotation().surface(), e.start(), e.end(), e.annotation().gazetteerId(),
                        e.annotation().form(), describe(overlapping(e))));
            }
        }
        Map<String, int[]> precision = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int nested = 0;
        int other = 0;
        for (Predicted p : all(predicted)) {
            if (!p.linked()) {
                continue;
            }
            if (p.type() == EntityType.OTHER) {
                other++; // concepts such as rare earths: outside the person/organisation/place annotation
                continue;
            }
            Expected same = sameSpan(p);
            if (same == null && insideAnnotated(p)) {
                nested++;
                System.out.printf("%sNESTED link %s %s [%d,%d) -> %s%n", P, p.article(), p.surface(), p.start(),
                        p.end(), p.id());
                continue;
            }
            boolean correct = same != null && same.annotation().listed()
                    && same.annotation().gazetteerId().equals(p.id());
            count(precision, region(p.article()), correct);
            count(precision, "all", correct);
            if (!correct) {
                wrong.add(String.format("%sWRONG-LINK %s %s [%d,%d) -> %s (%s)", P, p.article(), p.surface(),
                        p.start(), p.end(), p.id(), same == null ? "span not annotated"
                        : "annotated " + same.annotation().key() + (same.annotation().listed() ? " = "
                        + same.annotation().gazetteerId() : ", unseen")));
            }
        }
        for (String scope : SCOPES) {
            print("listed.recall", scope, recall.get(scope));
            print("listed.precision", scope, precision.get(scope));
        }
        for (String key : recall.keySet()) {
            if (key.contains("form=")) {
                print("listed.recall", key, recall.get(key));
            }
        }
        System.out.printf("%slisted.precision not-judged nested-in-annotated-span=%d other-type=%d%n", P, nested,
                other);
        misses.forEach(System.out::println);
        wrong.forEach(System.out::println);
    }

    /** An unseen occurrence counts when some entity, linked or not, has exactly its span and its type. */
    private void unseenRecognition() {
        Map<String, int[]> recall = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Expected e : all(expected)) {
            if (e.annotation().listed()) {
                continue;
            }
            boolean hit = at(e).stream().anyMatch(p -> p.type() == type(e.annotation()));
            String article = e.annotation().article();
            count(recall, region(article), hit);
            count(recall, "all", hit);
            count(recall, "type=" + e.annotation().type(), hit);
            if (!hit) {
                misses.add(String.format("%sMISS unseen %s %s [%d,%d) %s got %s", P, article,
                        e.annotation().surface(), e.start(), e.end(), e.annotation().type(),
                        describe(overlapping(e))));
            }
        }
        for (String scope : SCOPES) {
            print("unseen.recall", scope, recall.get(scope));
        }
        for (String type : List.of("person", "org", "place")) {
            print("unseen.recall", "type=" + type, recall.get("type=" + type));
        }
        misses.forEach(System.out::println);
    }

    /** Unseen entities written in two or more surfaces: did every occurrence get one and the same entity id? */
    private void crossFormIds() {
        int joined = 0;
        int entities = 0;
        int pairsJoined = 0;
        int pairs = 0;
        for (Map.Entry<String, List<Annotation>> entity : multiForm(false).entrySet()) {
            Map<String, Set<String>> idsBySurface = new LinkedHashMap<>();
            for (Expected e : all(expected)) {
                if (e.annotation().key().equals(entity.getKey())) {
                    idsBySurface.computeIfAbsent(e.annotation().surface(), s -> new LinkedHashSet<>())
                            .add(at(e).stream().map(Predicted::id).findFirst().orElse("-"));
                }
            }
            boolean all = oneId(idsBySurface.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
            entities++;
            joined += all ? 1 : 0;
            List<String> surfaces = new ArrayList<>(idsBySurface.keySet());
            for (int i = 0; i < surfaces.size(); i++) {
                for (int j = i + 1; j < surfaces.size(); j++) {
                    Set<String> both = new LinkedHashSet<>(idsBySurface.get(surfaces.get(i)));
                    both.addAll(idsBySurface.get(surfaces.get(j)));
                    pairs++;
                    pairsJoined += oneId(both) ? 1 : 0;
                }
            }
            System.out.printf("%s%s crossform %s %s%n", P, all ? "JOINED" : "MISS", entity.getKey(), idsBySurface);
        }
        print("crossform.entities", "all", new int[] {joined, entities});
        print("crossform.surface-pairs", "all", new int[] {pairsJoined, pairs});
    }

    /**
     * For each entity with several surfaces and each surface A: does a search for A find each article that names the
     * entity only in other surfaces? "script" cases differ only in script (the same after normalisation), "spelling"
     * cases are different transliterations or names.
     */
    private void crossVariantSearch(boolean listed) throws IOException {
        String name = listed ? "search.crossvariant.listed" : "search.crossvariant.unseen";
        Map<String, int[]> found = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Annotation>> entity : multiForm(listed).entrySet()) {
            Set<String> surfaces = entity.getValue().stream().map(Annotation::surface)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Map<String, Set<String>> surfacesByArticle = entity.getValue().stream().collect(Collectors.groupingBy(
                    Annotation::article, LinkedHashMap::new, Collectors.mapping(Annotation::surface,
                            Collectors.toCollection(LinkedHashSet::new))));
            for (String query : surfaces) {
                Set<String> hits = search(query);
                for (Map.Entry<String, Set<String>> target : surfacesByArticle.entrySet()) {
                    if (target.getValue().contains(query)) {
                        continue;
                    }
                    String normalizedQuery = normalize(query);
                    boolean scriptOnly = target.getValue().stream().anyMatch(s -> normalize(s).equals(normalizedQuery));
                    boolean hit = hits.contains(target.getKey());
                    String kind = scriptOnly ? "script" : "spelling";
                    count(found, "all", hit);
                    count(found, kind, hit);
                    if (!hit) {
                        misses.add(String.format("%sMISS %s %s %s -> %s (has %s)", P, name, kind, query,
                                target.getKey(), target.getValue()));
                    }
                }
            }
        }
        print(name, "all", found.get("all"));
        print(name, "spelling", found.get("spelling"));
        print(name, "script", found.get("script"));
        misses.forEach(System.out::println);
    }

    /** A search by the English name of an unseen entity: does it find each article that names the entity? */
    private void englishNameSearch() throws IOException {
        int[] found = new int[2];
        Map<String, Set<String>> articlesByEntity = new LinkedHashMap<>();
        Map<String, String> english = new LinkedHashMap<>();
        set.annotations().stream().filter(a -> !a.listed()).forEach(a -> {
            articlesByEntity.computeIfAbsent(a.key(), k -> new LinkedHashSet<>()).add(a.article());
            english.put(a.key(), a.english());
        });
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entity : articlesByEntity.entrySet()) {
            Set<String> hits = search("\"" + english.get(entity.getKey()) + "\"");
            for (String article : entity.getValue()) {
                boolean hit = hits.contains(article);
                found[0] += hit ? 1 : 0;
                found[1]++;
                if (!hit) {
                    misses.add(P + "MISS search.english " + english.get(entity.getKey()) + " -> " + article);
                }
            }
        }
        print("search.english.unseen", "all", found);
        if (found[0] == 0) {
            System.out.println(P + "MISS search.english: none of the " + found[1] + " cases found");
        } else {
            misses.forEach(System.out::println);
        }
    }

    /** A decoy holds when its query does not return the article that has the query only inside a longer word. */
    private void decoys() throws IOException {
        int[] held = new int[2];
        for (Decoy d : set.decoys()) {
            boolean leaked = search(d.query()).contains(d.article());
            held[0] += leaked ? 0 : 1;
            held[1]++;
            System.out.printf("%s%s decoy %s (%s) in %s inside %s%n", P, leaked ? "LEAK" : "HELD", d.query(),
                    d.meaning(), d.article(), d.longerWord());
        }
        print("decoys.held", "all", held);
    }

    /** Of the set's not-name strings (v8 on), how many no entity mention (linked or not) covers exactly. */
    private void notNames() {
        if (set.notNames().isEmpty()) {
            return;
        }
        Map<String, int[]> held = new TreeMap<>();
        for (BlindNamesSet.NotName n : set.notNames()) {
            String text = set.articles().get(n.article()).text();
            List<Predicted> reported = predicted.get(n.article()).stream()
                    .filter(p -> text.startsWith(n.text(), p.start()) && p.end() - p.start() == n.text().length())
                    .toList();
            count(held, region(n.article()), reported.isEmpty());
            count(held, "all", reported.isEmpty());
            if (!reported.isEmpty()) {
                System.out.printf("%sNOT-NAME reported %s %s (%s) as %s%n", P, n.article(), n.text(), n.why(),
                        describe(reported));
            }
        }
        for (String scope : SCOPES) {
            print("notnames.held", scope, held.get(scope));
        }
    }

    /** Of the unlinked entity mentions reported, the share whose span is exactly an annotated surface. */
    private void unlinkedPrecision() {
        Map<String, int[]> precision = new TreeMap<>();
        List<String> review = new ArrayList<>();
        for (Predicted p : all(predicted)) {
            if (p.linked()) {
                continue;
            }
            boolean correct = sameSpan(p) != null;
            count(precision, region(p.article()), correct);
            count(precision, "all", correct);
            if (!correct) {
                review.add(String.format("%sREVIEW unlinked %s %s [%d,%d) %s", P, p.article(), p.surface(),
                        p.start(), p.end(), p.id()));
            }
        }
        for (String scope : SCOPES) {
            print("unlinked.precision", scope, precision.get(scope));
        }
        review.forEach(System.out::println);
    }

    private List<Expected> occurrences(Article article) {
        List<Expected> found = new ArrayList<>();
        for (Annotation a : set.annotations()) {
            if (!a.article().equals(article.id())) {
                continue;
            }
            for (int i = article.text().indexOf(a.surface()); i >= 0; i = article.text().indexOf(a.surface(), i + 1)) {
                found.add(new Expected(a, i, i + a.surface().length()));
            }
        }
        return found.stream().filter(e -> found.stream().noneMatch(o -> o.end() - o.start() > e.end() - e.start()
                && o.start() <= e.start() && e.end() <= o.end())).toList();
    }

    private Set<String> search(String query) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        for (ScoreDoc hit : searcher.search(queries.build(QueryParser.parse(query)), 100).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(IndexFields.ID));
        }
        return ids;
    }

    /** Entities written in at least two distinct surfaces across the set, listed or unseen. */
    private Map<String, List<Annotation>> multiForm(boolean listed) {
        Map<String, List<Annotation>> byKey = set.annotations().stream().filter(a -> a.listed() == listed)
                .collect(Collectors.groupingBy(Annotation::key, TreeMap::new, Collectors.toList()));
        byKey.values().removeIf(rows -> rows.stream().map(Annotation::surface).distinct().count() < 2);
        return byKey;
    }

    private boolean oneId(Set<String> ids) {
        return ids.size() == 1 && !ids.contains("-");
    }

    private List<Predicted> at(Expected e) {
        return predicted.get(e.annotation().article()).stream()
                .filter(p -> p.start() == e.start() && p.end() == e.end()).toList();
    }

    private List<Predicted> overlapping(Expected e) {
        return predicted.get(e.annotation().article()).stream()
                .filter(p -> p.start() < e.end() && e.start() < p.end()).toList();
    }

    private Expected sameSpan(Predicted p) {
        return expected.get(p.article()).stream().filter(e -> e.start() == p.start() && e.end() == p.end())
                .findFirst().orElse(null);
    }

    private boolean insideAnnotated(Predicted p) {
        return expected.get(p.article()).stream().anyMatch(e -> e.start() <= p.start() && p.end() <= e.end());
    }

    private String describe(List<Predicted> found) {
        return found.isEmpty() ? "nothing" : found.stream()
                .map(p -> p.surface() + "[" + p.start() + "," + p.end() + ")=" + p.id() + "/" + p.type())
                .collect(Collectors.joining(", "));
    }

    private EntityType type(Annotation a) {
        return switch (a.type()) {
            case "person" -> EntityType.PERSON;
            case "org" -> EntityType.ORGANIZATION;
            default -> EntityType.LOCATION;
        };
    }

    private String normalize(String text) {
        return analyzer.normalize(text).normalized();
    }

    private String region(String article) {
        return set.articles().get(article).region();
    }

    private boolean in(String scope, String article) {
        return scope.equals("all") || region(article).equals(scope);
    }

    private <T> List<T> all(Map<String, List<T>> byArticle) {
        return byArticle.values().stream().flatMap(List::stream).toList();
    }

    private void count(Map<String, int[]> counts, String key, boolean hit) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit ? 1 : 0;
        c[1]++;
    }

    private void print(String metric, String scope, int[] c) {
        int[] counts = c == null ? new int[2] : c;
        System.out.printf("%s%s %s %d/%d %s%n", P, metric, scope, counts[0], counts[1],
                counts[1] == 0 ? "n/a" : String.format("%.3f", (double) counts[0] / counts[1]));
    }
}
