package io.sinoscope.ingest.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cleans a plain-text article in the one order that works: Unicode first (the later patterns are written for
 * ASCII digits and plain spaces), portal chrome before OCR repair (otherwise a footer line would be joined into the
 * last paragraph), and metadata last, from the text that will be stored. The publication time alone is read before
 * OCR repair, which drops a scan's page head: the print date it carries is the article's.
 */
@ApplicationScoped
public class ArticleCleaner {

    private final UnicodeNormalizer normalizer;
    private final BoilerplateRemover boilerplate;
    private final OcrRepair ocr;
    private final MetadataExtractor metadata;
    private final String dataVersion;

    public ArticleCleaner(UnicodeNormalizer normalizer, BoilerplateRemover boilerplate, OcrRepair ocr,
            MetadataExtractor metadata) {
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.ocr = ocr;
        this.metadata = metadata;
        // Covers every file the folder's manifest lists, loaded by a step yet or not.
        this.dataVersion = CleaningData.fingerprint();
    }

    /** Hash of the data files the cleaning steps loaded (boilerplate, page furniture, outlets, labels, calendar words). */
    public String dataVersion() {
        return dataVersion;
    }

    /** Names of the data files {@link #dataVersion()} covers. */
    static Set<String> dataFiles() {
        return CleaningData.files();
    }

    /** @param receivedAt when the article arrived: completes datelines that omit the year or month */
    public CleaningResult clean(String text, Instant receivedAt) {
        return clean(text, receivedAt, null);
    }

    /**
     * @param pageTime what the page's markup says of its publication ({@code article:published_time}, a
     *     {@code <time>}, a date line outside the paragraphs), or null: it wins over a date in the text
     */
    public CleaningResult clean(String text, Instant receivedAt, String pageTime) {
        CleanedText withoutChrome = boilerplate.remove(normalizer.normalize(text));
        CleanedText repaired = ocr.repair(withoutChrome.text());
        List<String> removed = new ArrayList<>(withoutChrome.removed());
        removed.addAll(repaired.removed());
        ArticleMetadata found = metadata.extract(repaired.text(), receivedAt);
        Optional<OffsetDateTime> published = metadata.publishedAtIn(normalizer.normalize(pageTime), receivedAt)
                .or(() -> metadata.publishedAt(withoutChrome.text(), receivedAt))
                .or(found::publishedAt);
        return new CleaningResult(repaired.text(), List.copyOf(removed),
                new ArticleMetadata(found.title(), published, found.outlet(), found.byline()));
    }
}
