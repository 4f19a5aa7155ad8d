package io.sinoscope.ingest.cleaning;

import io.sinoscope.textrules.LineJoiner;
import io.sinoscope.textrules.WidthFolding;
import io.sinoscope.textrules.WidthFolding.KeptPunctuation;
import io.sinoscope.textrules.WidthFolding.Reach;
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

    /**
     * Full-width letters, digits and the symbols of numbers and addresses folded to ASCII; the remaining full-width
     * punctuation is Chinese punctuation, and no other compatibility form is touched: this is the text readers see.
     */
    private static final WidthFolding FOLDING = new WidthFolding(Reach.FULL_WIDTH_ASCII,
            KeptPunctuation.ALL_BUT_NUMBER_SYMBOLS);
    /** Indentation (often ideographic spaces in Chinese print) and trailing spaces carry no meaning. */
    private static final Pattern LINE_EDGE_SPACES = Pattern.compile("(?m)^[ \\t\\u3000]+|[ \\t\\u3000]+$");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");

    /** @return the normalised text, stripped; {@code null} for {@code null} (an absent title stays absent) */
    public String normalize(String text) {
        if (text == null) {
            return null;
        }
        String unified = unifyCharacters(text);
        // Print and OCR put ideographic spaces inside words (稀　土); Chinese text never separates words with them.
        unified = LineJoiner.joinRuns(unified, '\u3000', Integer.MAX_VALUE);
        String trimmed = LINE_EDGE_SPACES.matcher(unified).replaceAll("").replace('\u3000', ' ');
        return BLANK_LINE_RUNS.matcher(trimmed).replaceAll("\n\n").strip();
    }

    /**
     * Line endings, invisible characters, Unicode spaces and full-width forms in one pass over the text: it runs on
     * every article that enters, and one regular expression per rule cost several passes.
     */
    private static String unifyCharacters(String text) {
        StringBuilder unified = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                unified.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029') {
                unified.append('\n');
            } else if (isUnicodeSpace(c)) {
                unified.append(' ');
            } else if (!isInvisible(c)) {
                unified.append(FOLDING.fold(c));
            }
        }
        return unified.toString();
    }

    /** Zero-width characters, the soft hyphen, the BOM, and control characters other than newline and tab. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
    }

    /** Every horizontal space but tab and the ideographic space, which is handled per position. */
    private static boolean isUnicodeSpace(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F';
    }
}
