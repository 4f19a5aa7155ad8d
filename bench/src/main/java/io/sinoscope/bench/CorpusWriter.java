package io.sinoscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a synthetic corpus for {@code ./sinoscope import}: Mainland, Taiwan and Hong Kong articles as .txt and
 * .html files in their regions' legacy encodings and in UTF-8 (some with byte-order marks), with a manifest of what
 * each file should decode to ({@link CorpusManifest}).
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.CorpusWriter --out DIR|FILE.tar.gz \
 *     [--articles 10000] [--seed 1] [--chars 2000] [--formats txt,html] [--manifest FILE]
 * </pre>
 *
 * A directory gets the files in subdirectories of {@value ImportCorpus#SHARD}; a .tar.gz is streamed. The manifest
 * goes beside the output ({@code corpus.manifest.tsv} for {@code corpus/} or {@code corpus.tar.gz}), not into it,
 * so that an import sees only articles. The same seed, size and options give the same bytes.
 */
public final class CorpusWriter {

    private CorpusWriter() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path out = Path.of(options.get("out", ""));
        if (out.toString().isEmpty()) {
            throw new IllegalArgumentException("--out DIR or --out FILE.tar.gz is required");
        }
        int articles = options.integer("articles", 10_000);
        long seed = Long.parseLong(options.get("seed", "1"));
        int chars = options.integer("chars", 2000);
        Set<ImportCorpus.Format> formats = formats(options.get("formats", "txt,html"));
        Path manifest = Path.of(options.get("manifest", defaultManifest(out).toString()));

        System.out.printf("corpus: %d articles of ~%d characters, seed %d, %s, into %s (manifest %s)%n", articles,
                chars, seed, formats, out, manifest);
        long started = System.nanoTime();
        Map<String, Integer> counts = write(new ImportCorpus(seed, chars, formats), articles, out, manifest);
        double seconds = (System.nanoTime() - started) / 1e9;
        long bytes = size(out);
        System.out.printf("wrote %d files in %.1f s (%.0f files/s), %.1f MiB%n", articles, seconds,
                articles / seconds, bytes / 1048576.0);
        counts.forEach((kind, count) -> System.out.printf("  %-28s %d%n", kind, count));
    }

    /** @return files written per region, charset and format */
    static Map<String, Integer> write(ImportCorpus corpus, int articles, Path out, Path manifestFile)
            throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        int step = Math.max(1, articles / 10);
        try (CorpusSink sink = CorpusSink.open(out); CorpusManifest manifest = CorpusManifest.create(manifestFile)) {
            for (int i = 0; i < articles; i++) {
                ImportCorpus.CorpusFile file = corpus.next();
                sink.write(file.path(), file.bytes());
                manifest.add(file.entry());
                CorpusManifest.Entry entry = file.entry();
                counts.merge(entry.region() + " " + entry.charset() + (entry.byteOrderMark() ? "+BOM" : "") + " "
                        + entry.format(), 1, Integer::sum);
                if ((i + 1) % step == 0 && i + 1 < articles) {
                    System.out.printf("  %d of %d%n", i + 1, articles);
                }
            }
        }
        return counts;
    }

    static Path defaultManifest(Path out) {
        String name = out.toAbsolutePath().normalize().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.endsWith(".tar.gz") ? name.substring(0, name.length() - 7)
                : lower.endsWith(".tgz") ? name.substring(0, name.length() - 4) : name;
        return out.toAbsolutePath().normalize().resolveSibling(base + ".manifest.tsv");
    }

    static Set<ImportCorpus.Format> formats(String list) {
        Set<ImportCorpus.Format> formats = EnumSet.noneOf(ImportCorpus.Format.class);
        for (String name : list.split(",")) {
            formats.add(ImportCorpus.Format.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
        return formats;
    }

    private static long size(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Files.size(out);
        }
        try (var files = Files.walk(out)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }
}
