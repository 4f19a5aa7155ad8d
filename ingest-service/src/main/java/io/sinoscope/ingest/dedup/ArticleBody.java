package io.sinoscope.ingest.dedup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of an article that carry its report, for comparing two articles: without the short lines that frame it
 * (headline, dateline, outlet, author and editor lines, 「（完）」), which a repost replaces and which, in a short
 * article, weigh as much as a paragraph.
 *
 * <p>A framing line is told by its shape, not by words: it is short and does not end a sentence. A short paragraph
 * that ends with 。！？ or a closing quote is kept. A headline and an unlabelled date line that cleaning glued onto the
 * first paragraph (their lines did not end a sentence) are cut up to the clock time near the start of that line.
 */
public final class ArticleBody {

    private static final String SENTENCE_ENDS = "。！？!?…；;.”」』\"";
    /** A clock time (09:15, 11:02:30) as a date line prints it. */
    private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?(?!\\d)");

    private ArticleBody() {
    }

    /**
     * @param maxFramingLetters lines with at most this many letters and digits, not ending a sentence, are framing
     * @return the text without its framing lines, or the whole text when fewer than {@code minLetters} would remain
     */
    public static String of(String text, int maxFramingLetters, int minLetters) {
        StringBuilder body = new StringBuilder(text.length());
        int letters = 0;
        for (String line : text.split("\n")) {
            String trimmed = letters == 0 ? withoutGluedHead(line.strip(), maxFramingLetters) : line.strip();
            int lineLetters = (int) trimmed.codePoints().filter(Character::isLetterOrDigit).count();
            if (lineLetters == 0 || (lineLetters <= maxFramingLetters && !endsSentence(trimmed))) {
                continue;
            }
            body.append(trimmed).append('\n');
            letters += lineLetters;
        }
        return letters >= minLetters ? body.toString() : text;
    }

    private static boolean endsSentence(String line) {
        return SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /** The first paragraph from just after a clock time within its first framing-sized stretch, before any 。. */
    private static String withoutGluedHead(String line, int maxFramingLetters) {
        int reach = Math.min(line.length(), maxFramingLetters + 20);
        int sentenceEnd = line.indexOf('。');
        if (sentenceEnd >= 0 && sentenceEnd < reach) {
            reach = sentenceEnd;
        }
        Matcher clock = CLOCK.matcher(line).region(0, reach);
        return clock.find() && clock.end() < line.length() ? line.substring(clock.end()).strip() : line;
    }
}
