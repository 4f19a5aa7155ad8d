package io.sinoscope.bench;

import io.sinoscope.text.Script;
import io.sinoscope.text.script.ScriptDetector;
import io.sinoscope.text.script.ScriptEvidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The files of a synthetic corpus for {@code ./sinoscope import}, one at a time: each a Mainland, Taiwan or Hong
 * Kong article in one of its region's encodings ({@link CorpusRegion}), as plain text or as a portal page, with its
 * manifest line. Deterministic: the same seed gives the same files in the same order, and the first N files do not
 * depend on how many follow, so a 10k corpus is the start of the 100k one.
 *
 * <p>One random stream picks each file's region, encoding, format, headline and related links; the article bodies
 * come from one {@link SyntheticCorpus} per region and encoding, whose sentences and filler that encoding holds.
 */
final class ImportCorpus {

    enum Format {
        TXT, HTML;

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A file: its path inside the corpus ({@code 0001/0001234-tw.html}), its bytes and its manifest line. */
    record CorpusFile(String path, byte[] bytes, CorpusManifest.Entry entry) {
    }

    static final Instant FIRST_DAY = Instant.parse("2026-01-01T00:00:00Z");
    static final int DAYS = 365;
    /** Files per subdirectory: directory listings and archive tools stay quick at a million files. */
    static final int SHARD = 1000;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** Pages that declare their charset; the rest leave it to ingest's detection, as many old pages did. */
    private static final int DECLARING_PAGES_PERCENT = 85;

    private static final Map<CorpusRegion, Map<FileEncoding, int[]>> FILLER = fillers();

    private final SplittableRandom random;
    private final Set<Format> formats;
    private final Map<CorpusRegion, Map<FileEncoding, Body>> bodies = new EnumMap<>(CorpusRegion.class);
    private final MessageDigest sha256;
    private int index;

    /** One region and encoding's newsroom and article stream. */
    private record Body(RegionalNewsroom newsroom, SyntheticCorpus corpus) {
    }

    ImportCorpus(long seed, int characters, Set<Format> formats) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format");
        }
        this.random = new SplittableRandom(seed);
        this.formats = EnumSet.copyOf(formats);
        for (CorpusRegion region : CorpusRegion.values()) {
            RegionalNewsroom newsroom = RegionalNewsroom.of(region);
            Map<FileEncoding, Body> byEncoding = new EnumMap<>(FileEncoding.class);
            for (FileEncoding encoding : region.encodings()) {
                RegionalNewsroom held = newsroom.forEncoding(encoding);
                int[] filler = FILLER.get(region).get(encoding);
                long streamSeed = seed * 961 + region.ordinal() * 31L + encoding.ordinal();
                byEncoding.put(encoding, new Body(held, SyntheticCorpus.inRegion(streamSeed, characters, held, filler,
                        FIRST_DAY, DAYS)));
            }
            bodies.put(region, byEncoding);
        }
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Filler characters by region and encoding: the same for every seed, so computed once, not per corpus. */
    private static Map<CorpusRegion, Map<FileEncoding, int[]>> fillers() {
        Map<CorpusRegion, Map<FileEncoding, int[]>> fillers = new EnumMap<>(CorpusRegion.class);
        for (CorpusRegion region : CorpusRegion.values()) {
            int[] repertoire = ownScript(region, region.fillerRepertoire().held(SyntheticCorpus.fillerRange()));
            Map<FileEncoding, int[]> byEncoding = new EnumMap<>(FileEncoding.class);
            for (FileEncoding encoding : region.encodings()) {
                byEncoding.put(encoding, encoding.held(repertoire));
            }
            fillers.put(region, byEncoding);
        }
        return fillers;
    }

    /**
     * The characters of the region's own script, as text-analysis tells the scripts apart. A charset is not enough:
     * Big5 also holds characters that only Simplified writing uses by HanLP's tables (干, 后, 里 alone), and filler
     * drawn from all of Big5 made short Taiwan articles "mixed" script.
     */
    private static int[] ownScript(CorpusRegion region, int[] codePoints) {
        ScriptDetector scripts = new ScriptDetector();
        return IntStream.of(codePoints).filter(c -> {
            ScriptEvidence character = scripts.detect(Character.toString(c));
            return region.script() == Script.TRADITIONAL ? character.simplifiedOnly() == 0
                    : character.traditionalOnly() == 0;
        }).toArray();
    }

    CorpusFile next() {
        CorpusRegion region = CorpusRegion.values()[random.nextInt(CorpusRegion.values().length)];
        FileEncoding encoding = region.pickEncoding(random);
        while (encoding.htmlLabel() == null && !formats.contains(Format.TXT)) {
            encoding = region.pickEncoding(random);
        }
        Format format;
        if (encoding.htmlLabel() == null) {
            format = Format.TXT;
        } else if (formats.size() == 1) {
            format = formats.iterator().next();
        } else {
            format = random.nextBoolean() ? Format.TXT : Format.HTML;
        }
        String metaCharset = format == Format.HTML && random.nextInt(100) < DECLARING_PAGES_PERCENT
                ? encoding.htmlLabel() : null;

        Body body = bodies.get(region).get(encoding);
        RegionalNewsroom newsroom = body.newsroom();
        String headline = newsroom.headline(random);
        SyntheticCorpus.SyntheticArticle article = body.corpus().article();
        ZonedDateTime published = article.publishedAt().atZone(BEIJING);
        String dateline = newsroom.dateline(random, published.toLocalDate());
        List<String> related = new ArrayList<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) {
            related.add(newsroom.headline(random));
        }
        var parts = new ArticleLayout.Parts(headline, published, dateline + article.text(), related);
        String text = format == Format.TXT ? ArticleLayout.plainText(parts)
                : ArticleLayout.portalPage(parts, newsroom, metaCharset);

        String path = String.format(Locale.ROOT, "%04d/%07d-%s.%s", index / SHARD, index,
                region.code().toLowerCase(Locale.ROOT), format.extension());
        index++;
        var entry = new CorpusManifest.Entry(path, region.code(), region.script().name(), encoding.charset().name(),
                encoding.hasByteOrderMark(), format.extension(), metaCharset == null ? CorpusManifest.NONE
                        : metaCharset, headline, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published),
                HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8))));
        return new CorpusFile(path, encoding.encode(text), entry);
    }
}
