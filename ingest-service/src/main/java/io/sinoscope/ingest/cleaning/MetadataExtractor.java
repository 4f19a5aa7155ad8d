package io.sinoscope.ingest.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads title, publication time, outlet and byline from the top of a cleaned article, where Chinese news puts them:
 * a headline line, a portal timestamp or a wire dateline (新华社北京4月8日电, 【中央社華盛頓9日綜合外電報導】,
 * 香港文匯報訊), and a reporter credit (（记者 张三）). Only the head of the text (and a short closing credit line
 * for the outlet) is read, because the body quotes other dates and outlets that say nothing about this article.
 *
 * <p>Datelines often omit the year or the month; they are completed from the time the article was received, and a
 * date that would lie after it is taken from the year (or month) before. Times without an offset are Beijing time,
 * which is also Taipei and Hong Kong time.
 */
@ApplicationScoped
public class MetadataExtractor {

    static final ZoneId BEIJING = PublicationTimeReader.BEIJING;
    /** Datelines, bylines and portal timestamps sit in the first lines; body text further down quotes other dates. */
    private static final int HEAD_LENGTH = 200;
    private static final int TITLE_MAX = 60;
    private static final int CREDIT_LINE_MAX = 30;

    private static final Pattern REPORTER = Pattern.compile(
            "(?m)(?:^|[（(【\\[\\s])[^\\s（()）【】\\[\\]]{0,6}?[记記]者\\s*(\\p{IsHan}{2,4}?)(?=[\\s)）】\\]、，,／/]|報導|报道|$)");
    private static final Pattern WRITER = Pattern.compile("撰稿\\s*[:：]\\s*([^\\s)）】，。,]{2,20})");
    private static final Pattern HEADING_MARKUP = Pattern.compile("^(#+\\s*|\\*\\*)|\\*\\*$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Where a label or a trailing timestamp is glued to a headline, the headline ends. */
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\s|｜·・\\-—]+$");
    private static final int TITLE_MIN = 4;

    private final PublicationTimeReader times = new PublicationTimeReader();
    private final Map<String, String> outletByAlias;
    private final Pattern outletAliases;

    public MetadataExtractor() {
        outletByAlias = CleaningData.rows("outlets-v1.tsv", 2).stream()
                .collect(Collectors.toMap(row -> row[0].strip(), row -> row[1].strip(), (a, b) -> a,
                        LinkedHashMap::new));
        // Longest first, so that 香港文匯報 wins over 文匯報. Only at the start of a line (after an opening bracket):
        // that is where datelines and credits put the outlet, while "据路透社报道" cites another one.
        outletAliases = Pattern.compile("(?m)^[【（(\\[]?(" + outletByAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")");
    }

    /** @param receivedAt when the article arrived: completes dates that omit the year or month */
    public ArticleMetadata extract(String text, Instant receivedAt) {
        String head = text.substring(0, Math.min(text.length(), HEAD_LENGTH));
        LocalDate reference = receivedAt.atZone(BEIJING).toLocalDate();
        return new ArticleMetadata(title(text), times.read(head, reference), outlet(text, head), byline(head));
    }

    /** The publication time the head of {@code text} states, as {@link #extract} reads it. */
    public Optional<OffsetDateTime> publishedAt(String text, Instant receivedAt) {
        String head = text.substring(0, Math.min(text.length(), HEAD_LENGTH));
        return times.read(head, receivedAt.atZone(BEIJING).toLocalDate());
    }

    /**
     * The time a statement outside the text gives (a page's {@code article:published_time}, a {@code <time>}, a date
     * line), read whole; empty for null.
     */
    public Optional<OffsetDateTime> publishedAtIn(String statement, Instant receivedAt) {
        return statement == null ? Optional.empty()
                : times.read(statement, receivedAt.atZone(BEIJING).toLocalDate());
    }

    private Optional<String> title(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        String title = HEADING_MARKUP.matcher(headlineOf(first)).replaceAll("").strip();
        boolean headline = !title.isEmpty() && title.length() <= TITLE_MAX && !title.endsWith("。")
                && HAN.matcher(title).find() && !times.numericDate.matcher(title).find()
                && !PublicationTimeReader.MONTH_DAY_DATELINE.matcher(title).find()
                && !PublicationTimeReader.DAY_DATELINE.matcher(title).find();
        return headline ? Optional.of(title) : Optional.empty();
    }

    /**
     * The line up to a metadata label glued to it (…關稅 發佈時間：…, …關稅來源：…) or up to a timestamp that ends it
     * (…關稅 2026-04-02 09:58); a sentence that merely contains a date is left whole.
     */
    private String headlineOf(String line) {
        int cut = line.length();
        Matcher label = MetadataLabels.ANY.matcher(line);
        if (label.find(Math.min(TITLE_MIN, line.length()))) {
            cut = label.start();
        }
        for (Pattern date : new Pattern[] {times.numericDate, times.chineseDate}) {
            Matcher stamp = date.matcher(line.substring(0, cut));
            while (stamp.find()) {
                if (stamp.start() >= TITLE_MIN && line.substring(stamp.end(), cut).isBlank()) {
                    cut = stamp.start();
                    break;
                }
            }
        }
        String headline = TITLE_SEPARATORS.matcher(line.substring(0, cut)).replaceAll("");
        return headline.length() >= TITLE_MIN ? headline : line;
    }

    /** In the head (a dateline, 香港文匯報訊) or in a short credit line closing the article (（中央社）). */
    private Optional<String> outlet(String text, String head) {
        Optional<String> inHead = firstOutlet(head);
        if (inHead.isPresent()) {
            return inHead;
        }
        String lastLine = text.strip().substring(text.strip().lastIndexOf('\n') + 1);
        return lastLine.length() <= CREDIT_LINE_MAX ? firstOutlet(lastLine) : Optional.empty();
    }

    private Optional<String> firstOutlet(String region) {
        Matcher alias = outletAliases.matcher(region);
        return alias.find() ? Optional.of(outletByAlias.get(alias.group(1))) : Optional.empty();
    }

    private static Optional<String> byline(String head) {
        Matcher reporter = REPORTER.matcher(head);
        if (reporter.find()) {
            return Optional.of(reporter.group(1));
        }
        Matcher writer = WRITER.matcher(head);
        return writer.find() ? Optional.of(writer.group(1)) : Optional.empty();
    }
}
