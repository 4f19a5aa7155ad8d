package io.sinoscope.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What ingest-service did to an article before storing it: how its bytes were decoded and what cleaning took out or
 * repaired, so that an analyst can see what the stored text is missing. Carried by {@link ArticleIngested} and,
 * unchanged, by {@link ArticleEnriched}; null in events from producers older than this record (unknown, which is not
 * the same as "nothing removed": that is an empty {@link #removed}).
 *
 * @param charset           the charset the submission's bytes were decoded with (UTF-8 for JSON submissions)
 * @param charsetConfidence 0–100: how sure charset detection was; 100 when declared by the sender or certain
 * @param removed           one item per removal or repair, in the order cleaning made them
 * @param cleanerVersion    the cleaner that produced the stored text: ingest-service's version and a hash of its
 *                          cleaning data files ({@code <version>+data.<hash>}); null from producers that predate it
 *                          and for articles stored before it was recorded; left out of the JSON then, so a report
 *                          from an older producer is carried on exactly as it came
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CleaningReport(String charset, Integer charsetConfidence, List<Removal> removed,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cleanerVersion) {

    /** A report that does not say which cleaner produced the text. */
    public CleaningReport(String charset, Integer charsetConfidence, List<Removal> removed) {
        this(charset, charsetConfidence, removed, null);
    }

    /**
     * One thing cleaning took out of the article, or repaired in it.
     *
     * @param kind what it was: HTML chrome by element ({@code script}, {@code nav}, {@code footer}, ...),
     *             {@code links} (a list of links inside the article), portal boilerplate ({@code line},
     *             {@code breadcrumb}, {@code disclaimer}, {@code related list}), or {@code ocr} for a repair of
     *             OCR damage; null when the report line named no kind
     * @param text what was removed, abbreviated, with a line count when it spanned several lines; for {@code ocr},
     *             what was repaired (e.g. "joined 3 broken lines")
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Removal(String kind, String text) {
    }
}
