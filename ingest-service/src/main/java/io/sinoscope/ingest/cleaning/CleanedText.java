package io.sinoscope.ingest.cleaning;

import java.util.List;

/** The text a cleaning step kept, and a human-readable line for each thing it removed or changed. */
public record CleanedText(String text, List<String> removed) {
}
