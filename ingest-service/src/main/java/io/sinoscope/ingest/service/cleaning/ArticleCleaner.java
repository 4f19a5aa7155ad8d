package io.sinoscope.ingest.service.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a plain-text article in the one order that works: Unicode first (the later patterns are written for
 * ASCII digits and plain spaces), portal chrome before OCR repair (otherwise a footer line would be joined into the
 * last paragraph), and metadata last, from the text that will be stored.
 */
@ApplicationScoped
public class ArticleCleaner {

    private final UnicodeNormalizer normalizer;
    private final BoilerplateRemover boilerplate;
    private final OcrRepair ocr;
    private final MetadataExtractor metadata;

    public ArticleCleaner(UnicodeNormalizer normalizer, BoilerplateRemover boilerplate, OcrRepair ocr,
            MetadataExtractor metadata) {
        this.normalizer = normalizer;
        this.boilerplate = boilerplate;
        this.ocr = ocr;
        this.metadata = metadata;
    }

    /** @param receivedAt when the article arrived: completes datelines that omit the year or month */
    public CleaningResult clean(String text, Instant receivedAt) {
        CleanedText withoutChrome = boilerplate.remove(normalizer.normalize(text));
        CleanedText repaired = ocr.repair(withoutChrome.text());
        List<String> removed = new ArrayList<>(withoutChrome.removed());
        removed.addAll(repaired.removed());
        return new CleaningResult(repaired.text(), List.copyOf(removed), metadata.extract(repaired.text(), receivedAt));
    }
}
