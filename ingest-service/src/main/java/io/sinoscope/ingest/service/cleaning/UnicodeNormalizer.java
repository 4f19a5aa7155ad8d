package io.sinoscope.ingest.service.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Brings text from any source to one Unicode form so later steps and analysis match reliably: full-width ASCII
 * letters, digits and arithmetic symbols become ASCII (１０％ and 10% are the same fact), Unicode spaces become a plain
 * space, invisible characters and controls go, line endings become {@code \n}, indentation and runs of blank lines
 * go.
 *
 * <p>Chinese punctuation (，。！？：；（）「」『』、 and curly quotes) is kept as it is: it is correct in Chinese text, and
 * folding it to ASCII would lose the distinction between a sentence end and a decimal point.
 */
@ApplicationScoped
public class UnicodeNormalizer {

    /** Full-width forms folded to ASCII; the remaining full-width punctuation is Chinese punctuation. */
    private static final String FOLDED_SYMBOLS = "％＄＠＃＆＋－．／＝＊";
    private static final Pattern LINE_ENDINGS = Pattern.compile("\\r\\n?|\\u2028");
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]|[\\p{Cc}&&[^\\n\\t]]");
    /** Every horizontal space but tab and the ideographic space, which is handled per position. */
    private static final Pattern UNICODE_SPACES = Pattern.compile("[\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F]");
    /** Indentation (often ideographic spaces in Chinese print) and trailing spaces carry no meaning. */
    private static final Pattern LINE_EDGE_SPACES = Pattern.compile("(?m)^[ \\t\\u3000]+|[ \\t\\u3000]+$");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");

    /** @return the normalised text, stripped; {@code null} for {@code null} (an absent title stays absent) */
    public String normalize(String text) {
        if (text == null) {
            return null;
        }
        String unified = LINE_ENDINGS.matcher(text).replaceAll("\n").replace('\u2029', '\n');
        String visible = INVISIBLE.matcher(unified).replaceAll("");
        String spaced = UNICODE_SPACES.matcher(visible).replaceAll(" ");
        String trimmed = LINE_EDGE_SPACES.matcher(foldFullWidth(spaced)).replaceAll("").replace('\u3000', ' ');
        return BLANK_LINE_RUNS.matcher(trimmed).replaceAll("\n\n").strip();
    }

    private static String foldFullWidth(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alphanumeric = (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
            // The full-width block mirrors ASCII at a fixed distance.
            folded.append(alphanumeric || FOLDED_SYMBOLS.indexOf(c) >= 0 ? (char) (c - 0xFEE0) : c);
        }
        return folded.toString();
    }
}
