package io.sinoscope.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One region's newsroom for the import corpus: headline, dateline and body-sentence templates and the words of its
 * portal pages ({@value #RESOURCE}), filled with money, percentages, tariff rates, quantities and dates. A newsroom
 * {@link #forEncoding for an encoding} keeps only the templates that encoding can hold, so that a GB2312 file never
 * meets 喆 and a Big5 file never meets 嘅.
 */
final class RegionalNewsroom implements SyntheticCorpus.Sentences {

    static final String RESOURCE = "regional-newsroom-v1.tsv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z+-]+)}");

    private final CorpusRegion region;
    private final Map<String, List<String>> rows;

    private RegionalNewsroom(CorpusRegion region, Map<String, List<String>> rows) {
        this.region = region;
        this.rows = rows;
    }

    static RegionalNewsroom of(CorpusRegion region) {
        Map<String, List<String>> rows = new HashMap<>();
        try (InputStream in = RegionalNewsroom.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected region, kind, text: " + line);
                }
                if (columns[0].equals(region.code())) {
                    rows.computeIfAbsent(columns[1], kind -> new ArrayList<>()).add(columns[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegionalNewsroom(region, rows);
    }

    /**
     * The templates whose text the encoding holds. Placeholders become ASCII digits, which every charset holds, so
     * checking a template's literal text decides for all its fillings. Every kind keeps at least one row.
     */
    RegionalNewsroom forEncoding(FileEncoding encoding) {
        Map<String, List<String>> held = new HashMap<>();
        rows.forEach((kind, texts) -> {
            List<String> kept = texts.stream()
                    .filter(text -> encoding.holds(PLACEHOLDER.matcher(text).replaceAll("")))
                    .toList();
            if (kept.isEmpty()) {
                throw new IllegalStateException(encoding + " holds no " + kind + " of region " + region.code());
            }
            held.put(kind, kept);
        });
        return new RegionalNewsroom(region, held);
    }

    CorpusRegion region() {
        return region;
    }

    String headline(SplittableRandom random) {
        return fill(pick("headline", random), random, null);
    }

    /** The wire dateline opening the first paragraph (新华社北京11月3日电), dated the article's own day. */
    String dateline(SplittableRandom random, LocalDate published) {
        return fill(pick("dateline", random), random, published);
    }

    /** A body sentence: the newsroom's share of a {@link SyntheticCorpus} article. */
    @Override
    public String next(SplittableRandom random) {
        return fill(pick("sentence", random), random, null);
    }

    /** Portal words that take no placeholders: the site's name, menu entries, headings, footer. */
    List<String> chrome(String kind) {
        List<String> texts = rows.get(kind);
        if (texts == null) {
            throw new IllegalStateException(RESOURCE + " has no " + kind + " for region " + region.code());
        }
        return texts;
    }

    String firstChrome(String kind) {
        return chrome(kind).get(0);
    }

    private String pick(String kind, SplittableRandom random) {
        List<String> texts = chrome(kind);
        return texts.get(random.nextInt(texts.size()));
    }

    private static String fill(String template, SplittableRandom random, LocalDate published) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder(template.length() + 16);
        int lastPercent = 0;
        while (placeholder.find()) {
            String value = switch (placeholder.group(1)) {
                case "int" -> Integer.toString(2 + random.nextInt(998));
                case "dec" -> (1 + random.nextInt(999)) / 10 + "." + random.nextInt(10);
                case "pct" -> Integer.toString(lastPercent = 3 + random.nextInt(43));
                case "pct+" -> Integer.toString(lastPercent += 5 + random.nextInt(26));
                case "month" -> Integer.toString(1 + random.nextInt(12));
                case "date" -> (1 + random.nextInt(12)) + "月" + (1 + random.nextInt(28)) + "日";
                case "pub-month" -> Integer.toString(published.getMonthValue());
                case "pub-day" -> Integer.toString(published.getDayOfMonth());
                default -> throw new IllegalStateException("unknown placeholder in " + RESOURCE + ": " + template);
            };
            placeholder.appendReplacement(filled, value);
        }
        return placeholder.appendTail(filled).toString();
    }
}
