package io.sinoscope.query.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blind name set of issue 22 (articles, annotated mentions, decoys; v2, v3), read from text-analysis's test
 * resources, where it was written before anyone consulted the gazetteer. Checks only that the set is well formed.
 */
record BlindNamesSet(Map<String, Article> articles, List<Annotation> annotations, List<Decoy> decoys,
                     List<NotName> notNames) {

    static final Path DIR = Path.of("..", "text-analysis", "src", "test", "resources", "io", "sinoscope", "text", "blind");

    record Article(String id, String region, String text) {
    }

    /** One distinct surface in one article; every whole occurrence of it there is a mention. */
    record Annotation(String article, String surface, String key, String type, String english, boolean listed,
                      String gazetteerId, String form) {
    }

    /** A query that must not find {@code article}, where it occurs only inside {@code longerWord}. */
    record Decoy(String query, String article, String longerWord, String meaning) {
    }

    /** A string of {@code article} that a careless recogniser might report as a name and that is none (set v8 on). */
    record NotName(String article, String text, String why) {
    }

    static BlindNamesSet load(String version) throws IOException {
        Map<String, Article> articles = new LinkedHashMap<>();
        String id = null;
        String region = null;
        for (String line : lines("blind-articles-" + version + ".txt")) {
            if (line.startsWith("@@ ")) {
                String[] head = line.substring(3).trim().split("\\s+");
                id = head[0];
                region = head[1];
            } else if (!line.isBlank() && !line.startsWith("#")) {
                if (id == null || articles.containsKey(id)) {
                    throw new IllegalStateException("text without its own @@ header: " + line);
                }
                articles.put(id, new Article(id, region, line.strip()));
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        for (String[] f : rows("blind-mentions-" + version + ".tsv", 8)) {
            annotations.add(new Annotation(f[0], f[1], f[2], f[3], f[4], f[5].equals("listed"), f[6], f[7]));
        }
        List<Decoy> decoys = new ArrayList<>();
        for (String[] f : rows("blind-decoys-" + version + ".tsv", 4)) {
            decoys.add(new Decoy(f[0], f[1], f[2], f[3]));
        }
        List<NotName> notNames = new ArrayList<>();
        if (Files.exists(DIR.resolve("blind-notnames-" + version + ".tsv"))) {
            for (String[] f : rows("blind-notnames-" + version + ".tsv", 3)) {
                notNames.add(new NotName(f[0], f[1], f[2]));
            }
        }
        return new BlindNamesSet(articles, annotations, decoys, notNames);
    }

    /** Problems that make the set unusable: the test fails on these and only these. */
    List<String> malformations() {
        List<String> problems = new ArrayList<>();
        if (articles.size() < 30) {
            problems.add("fewer than 30 articles: " + articles.size());
        }
        articles.values().stream().filter(a -> !List.of("CN", "TW", "HK").contains(a.region()))
                .forEach(a -> problems.add("unknown region " + a.region() + " in " + a.id()));
        long unseen = annotations.stream().filter(a -> !a.listed()).count();
        if (unseen < 60) {
            problems.add("fewer than 60 unseen mentions: " + unseen);
        }
        for (Annotation a : annotations) {
            Article article = articles.get(a.article());
            if (article == null) {
                problems.add("unknown article " + a.article());
            } else if (!article.text().contains(a.surface())) {
                problems.add("surface " + a.surface() + " not in " + a.article());
            }
            if (!List.of("person", "org", "place").contains(a.type())) {
                problems.add("unknown type " + a.type() + " for " + a.surface());
            }
            if (a.listed() == a.gazetteerId().equals("-")) {
                problems.add("listed rows need a gazetteer id, unseen rows none: " + a.surface());
            }
        }
        for (Decoy d : decoys) {
            Article article = articles.get(d.article());
            if (article == null) {
                problems.add("unknown decoy article " + d.article());
            } else if (!article.text().contains(d.longerWord())) {
                problems.add("decoy word " + d.longerWord() + " not in " + d.article());
            }
        }
        for (NotName n : notNames) {
            Article article = articles.get(n.article());
            if (article == null) {
                problems.add("unknown not-name article " + n.article());
            } else if (!article.text().contains(n.text())) {
                problems.add("not-name " + n.text() + " not in " + n.article());
            }
        }
        return problems;
    }

    private static List<String> lines(String name) throws IOException {
        Path file = DIR.resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("blind set not found at " + file.toAbsolutePath());
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private static List<String[]> rows(String name, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (rows.isEmpty() && (fields[0].equals("article") || fields[0].equals("query"))) {
                continue; // a row of column names (set v5 writes one under its comments)
            }
            if (fields.length != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }
}
