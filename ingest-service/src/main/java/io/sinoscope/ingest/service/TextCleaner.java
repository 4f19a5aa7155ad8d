package io.sinoscope.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Removes characters that carry no text and only break matching downstream: zero-width characters, byte-order
 * marks, C0/C1 controls other than line breaks and tabs. Line structure is kept; analysis decides what a line means.
 */
@ApplicationScoped
public class TextCleaner {

    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]|[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_ENDINGS = Pattern.compile("\\r\\n?");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");

    public String clean(String text) {
        if (text == null) {
            return null;
        }
        String unified = LINE_ENDINGS.matcher(text).replaceAll("\n");
        String visible = INVISIBLE.matcher(unified).replaceAll("");
        return BLANK_LINE_RUNS.matcher(visible).replaceAll("\n\n").strip();
    }
}
