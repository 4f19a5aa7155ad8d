package io.sinoscope.ingest.cleaning;

import java.util.List;

/** The cleaned article text, a human-readable line for each removal or repair, and what the text says about itself. */
public record CleaningResult(String text, List<String> removed, ArticleMetadata metadata) {
}
