package io.sinoscope.ingest.cleaning;

import io.sinoscope.textrules.HanCharacters;
import io.sinoscope.textrules.LineJoiner;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what OCR does to printed Chinese: page furniture kept as lines (第7版, 星期四, — 7 —; see
 * {@link PageFurniture}), lines broken inside a sentence or a word (稀土 / 出口), stray glyphs from other scripts
 * inside Chinese words (关ш税), characters spaced out one by one (沒 有 進 展), a space inside a word of a page scan
 * (稀 土), and thousands groups split after their comma (3, 450). Chinese has no spaces between words, so a line break
 * or a space between two Han characters mid-sentence is always damage; Latin words are never touched.
 */
@ApplicationScoped
public class OcrRepair {

    /** A line ending in one of these ends a sentence (or a quotation), so the break after it is real. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；…”」』!?;]$");
    /** Ends mid-sentence: a Han character or punctuation that always has a continuation. */
    private static final Pattern OPEN_END = Pattern.compile(".*[\\p{IsHan}，、：“「『（《,]$");
    private static final Pattern STARTS_HAN = Pattern.compile("^\\p{IsHan}.*");
    /** Markdown headings and bold lines (# 标题, **小标题**), as converted pages deliver them. */
    private static final Pattern MARKED_HEADING = Pattern.compile("^(#|\\*\\*).*");
    private static final Pattern ANY_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]");
    /** Headings are short; a line longer than this that stops mid-sentence before a blank line was cut by OCR. */
    private static final int HEADING_MAX = 20;
    /** A short, unpunctuated line standing alone after a sentence is a label (an author, a caption), not a tail. */
    private static final int LABEL_MAX = 8;

    /**
     * One glyph from another script between two Han characters. Latin letters count only in lower case: upper-case
     * letters are real Chinese usage (A股, B超, K线, C罗); Cyrillic, Hangul, Greek and box or replacement glyphs are not.
     */
    private static final String STRAY_SYMBOLS = "■□▯▮▪�";
    private static final Pattern STRAY_GLYPH = Pattern.compile(
            "(?<=\\p{IsHan})[\\p{IsCyrillic}\\p{IsHangul}\\p{IsGreek}a-z" + STRAY_SYMBOLS + "](?=\\p{IsHan})");
    /** Three or more single Han characters separated by single spaces; two-character words stay apart. */
    private static final Pattern SPACED_OUT = Pattern.compile(
            "(?<!\\p{IsHan})\\p{IsHan}(?: \\p{IsHan}){2,}(?!\\p{IsHan})");

    /**
     * A thousands group split at its comma (3, 450; 1 ,280; 1 , 280): one to three digits (and complete groups), a
     * comma with one space after it, before it or both, exactly three digits. A list (1, 2, 3) or a year (2019, 200)
     * never has this shape.
     */
    private static final Pattern SPLIT_THOUSANDS = Pattern.compile(
            "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})*)(?:, | ,| , )(\\d{3})(?![\\d])");
    /**
     * Digits OCR spaced out one by one (2 0 0万): single digits separated by single spaces, three or more, or two with
     * Chinese on both sides (2 0名). Joined in Chinese text only, like split thousands.
     */
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<![\\d.,])\\d(?: \\d)+(?![\\d])");
    /** A line ending inside a number (产量达到1 / 100万吨): digits at its end, not after a space. */
    private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*[^\\s\\d]\\d+$|^\\d+$");
    /** The rest of that number: digits opening the next line, but not a list item (1、, 2., 3）) or a year (2026年). */
    private static final Pattern NUMBER_REST = Pattern.compile("^\\d+(?![\\d、)）]|\\.(?!\\d))(?!(?<=^\\d{4})年)");
    /** A line cut after a thousands comma (新台幣12, / 345億元): the group and its comma close the line. */
    private static final Pattern ENDS_IN_GROUP_COMMA = Pattern.compile("(?:.*[^\\s\\d,])?\\d{1,3}(?:,\\d{3})*,$");
    /** The three digits of the group cut off by it, or a line opening with the comma and the group (3 / ,456个). */
    private static final Pattern GROUP_REST = Pattern.compile("^\\d{3}(?!\\d)");
    private static final Pattern COMMA_GROUP_REST = Pattern.compile("^,\\d{3}(?![\\d])");
    /** Characters between a split number and its neighbour that say nothing about the language: a space, a bracket. */
    private static final String NEUTRAL = " ()[]";
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");

    private final PageFurniture furniture = new PageFurniture();

    public CleanedText repair(String text) {
        List<String> report = new ArrayList<>();
        boolean[] print = {false};
        String withoutFurniture = dropFurniture(text, report, print);
        String joined = joinBrokenLines(withoutFurniture, report);
        String deglyphed = dropStrayGlyphs(joined, report);
        String closed = closeSpacedOutRuns(deglyphed, report);
        String words = print[0] ? closeSpacesInWords(closed, report) : closed;
        String numbers = joinSplitThousands(joinSpacedDigits(words, report), report);
        return new CleanedText(numbers, report);
    }

    /** Drops page heads and feet; {@code print[0]} tells whether one carried a page marker (a scan of print). */
    private String dropFurniture(String text, List<String> report, boolean[] print) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        boolean changed = false;
        for (String line : lines) {
            PageFurniture.Verdict verdict = furniture.judge(line);
            int marker = verdict.furniture() ? -1 : furniture.continuationAtEnd(line.stripTrailing());
            if (verdict.furniture()) {
                report.add("ocr: page furniture: " + line.strip());
                print[0] |= verdict.print();
            } else if (marker > 0) {
                report.add("ocr: page furniture: " + line.stripTrailing().substring(marker));
                print[0] = true;
                kept.add(line.substring(0, marker));
                changed = true;
            } else {
                kept.add(line);
            }
        }
        if (kept.size() == lines.length && !changed) {
            return text;
        }
        // A dropped line between two blank lines would otherwise leave a double gap.
        return BLANK_LINE_RUNS.matcher(String.join("\n", kept)).replaceAll("\n\n").strip();
    }

    /** A single space between two Han characters; in a page scan it is always damage (稀 土). */
    private static String closeSpacesInWords(String text, List<String> report) {
        int count = LineJoiner.countRuns(text, ' ', 1);
        if (count == 0) {
            return text;
        }
        report.add("ocr: closed " + count + " space" + (count == 1 ? "" : "s") + " inside words of a page scan");
        return LineJoiner.joinRuns(text, ' ', 1);
    }

    /**
     * Rejoins 3, 450 as 3,450 in Chinese text only: beside a Latin word (March 3, 450 people) the comma may end a
     * phrase, and nothing tells it from a split number.
     */
    private static String joinSplitThousands(String text, List<String> report) {
        if (text.indexOf(", ") < 0 && text.indexOf(" ,") < 0) {
            return text;
        }
        String current = text;
        int joins = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher split = SPLIT_THOUSANDS.matcher(current);
            StringBuilder out = new StringBuilder();
            while (split.find()) {
                if (inChineseText(current, split.start(), split.end())) {
                    split.appendReplacement(out, split.group(1) + "," + split.group(2));
                    joins++;
                    changed = true;
                }
            }
            split.appendTail(out);
            current = out.toString();
        }
        if (joins > 0) {
            report.add("ocr: rejoined " + joins + " split number" + (joins == 1 ? "" : "s"));
        }
        return current;
    }

    /** Closes 2 0 0 to 200 in Chinese text; a run of two needs Chinese on both sides (共有2 0名). */
    private static String joinSpacedDigits(String text, List<String> report) {
        if (!hasSpacedDigit(text)) {
            return text;
        }
        Matcher spaced = SPACED_DIGITS.matcher(text);
        StringBuilder out = new StringBuilder();
        int joins = 0;
        while (spaced.find()) {
            boolean two = spaced.group().length() == 3;
            boolean chinese = two ? isChinese(HanCharacters.before(text, spaced.start()))
                    && isChinese(HanCharacters.at(text, spaced.end()))
                    : inChineseText(text, spaced.start(), spaced.end());
            if (chinese) {
                spaced.appendReplacement(out, spaced.group().replace(" ", ""));
                joins++;
            }
        }
        spaced.appendTail(out);
        if (joins > 0) {
            report.add("ocr: closed up " + joins + " spaced-out number" + (joins == 1 ? "" : "s"));
        }
        return out.toString();
    }

    private static boolean hasSpacedDigit(String text) {
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number sits in Chinese text, judged by its neighbours past a space or an ASCII bracket (共(12, 345)輛):
     * a Han character or Chinese punctuation before it and no lower-case Latin word after it (達到1, 234 TEU, a unit,
     * is Chinese text; March 3, 450 people is not), or one after it and no Latin letter before it.
     */
    private static boolean inChineseText(String text, int start, int end) {
        int before = HanCharacters.before(text, skipBack(text, start));
        int after = HanCharacters.at(text, skipForward(text, end));
        if (isLatin(before)) {
            return false;
        }
        if (isChinese(before)) {
            return !isLatin(after) || Character.isUpperCase(after);
        }
        return isChinese(after);
    }

    private static int skipBack(String text, int start) {
        int at = start;
        for (int i = 0; i < 2 && at > 0 && NEUTRAL.indexOf(text.charAt(at - 1)) >= 0; i++) {
            at--;
        }
        return at;
    }

    private static int skipForward(String text, int end) {
        int at = end;
        for (int i = 0; i < 2 && at < text.length() && NEUTRAL.indexOf(text.charAt(at)) >= 0; i++) {
            at++;
        }
        return at;
    }

    private static boolean isLatin(int c) {
        return c >= 0 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static boolean isChinese(int c) {
        return HanCharacters.isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    private static String joinBrokenLines(String text, List<String> report) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int joins = 0;
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            // The first line is where the headline sits; a blank line under it is the headline's end, not damage.
            boolean headlinePlace = i == nextNonBlank(lines, 0);
            int next = i + 1;
            while (next < lines.length) {
                int continuation = nextNonBlank(lines, next);
                boolean direct = continuation == next;
                // A number cut at a column break goes on after the blank line, even in the headline's place, when
                // the cut line is no headline (too long, or punctuated like a sentence).
                boolean cutNumber = continuation < lines.length && !direct && !looksLikeHeading(line)
                        && splitsNumber(line, lines[continuation]);
                if (!cutNumber && (continuation == lines.length || (headlinePlace && !direct)
                        || !continues(line, lines, continuation, direct))) {
                    break;
                }
                line = line + lines[continuation];
                joins++;
                next = continuation + 1;
            }
            out.add(line);
            i = next;
        }
        if (joins > 0) {
            report.add("ocr: joined " + joins + " broken line" + (joins == 1 ? "" : "s"));
        }
        return String.join("\n", out);
    }

    /**
     * Whether the line at {@code index} continues {@code line}. Across a blank line only when {@code line} is too long
     * for a heading and stops mid-sentence; directly when it simply lacks an ending, unless {@code line} looks like
     * a heading over a paragraph or the continuation is a short label standing alone (an author under a headline).
     */
    private static boolean continues(String line, String[] lines, int index, boolean direct) {
        String candidate = lines[index];
        if (direct && splitsNumber(line, candidate)) {
            return true;
        }
        if (line.isEmpty() || SENTENCE_END.matcher(line).matches() || MARKED_HEADING.matcher(line).matches()
                || !STARTS_HAN.matcher(candidate).matches() || startsWithLabel(candidate)
                || MetadataLabels.ANY.matcher(line).find()) {
            return false;
        }
        if (!direct) {
            return line.length() > HEADING_MAX && OPEN_END.matcher(line).matches();
        }
        return !isHeadingOver(line, candidate) && !standsAlone(lines, index);
    }

    /**
     * A number cut at the line's end: after a digit (达到1 / 100万吨; never a list item or a year on the next line),
     * after a thousands comma (12, / 345億元) or before it (3 / ,456个).
     */
    private static boolean splitsNumber(String line, String candidate) {
        if (candidate.isEmpty() || MetadataLabels.ANY.matcher(line).find()) {
            return false;
        }
        if (ENDS_IN_GROUP_COMMA.matcher(line).matches()) {
            return GROUP_REST.matcher(candidate).find();
        }
        if (!ENDS_IN_DIGIT.matcher(line).matches()) {
            return false;
        }
        return Character.isDigit(candidate.charAt(0)) ? NUMBER_REST.matcher(candidate).find()
                : COMMA_GROUP_REST.matcher(candidate).find();
    }

    /**
     * A metadata line (發佈時間：…, 来源：…) under a headline is a line of its own, never the headline's tail, and
     * nothing is its tail either.
     */
    private static boolean startsWithLabel(String line) {
        return MetadataLabels.ANY.matcher(line).lookingAt();
    }

    private static boolean looksLikeHeading(String line) {
        return line.strip().length() <= HEADING_MAX && !ANY_PUNCTUATION.matcher(line).find();
    }

    /** OCR cuts a column into lines of equal width; a heading is a short unpunctuated line over a much longer one. */
    private static boolean isHeadingOver(String line, String next) {
        return line.length() <= HEADING_MAX && !ANY_PUNCTUATION.matcher(line).find()
                && next.length() > 2 * line.length();
    }

    private static boolean standsAlone(String[] lines, int index) {
        String candidate = lines[index];
        boolean lastOfBlock = index + 1 == lines.length || !STARTS_HAN.matcher(lines[index + 1]).matches();
        return candidate.length() <= LABEL_MAX && !ANY_PUNCTUATION.matcher(candidate).find() && lastOfBlock;
    }

    private static int nextNonBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static String dropStrayGlyphs(String text, List<String> report) {
        if (!hasStrayGlyph(text)) {
            return text;
        }
        Set<String> dropped = new LinkedHashSet<>();
        Matcher stray = STRAY_GLYPH.matcher(text);
        while (stray.find()) {
            dropped.add(stray.group());
        }
        if (dropped.isEmpty()) {
            return text;
        }
        report.add("ocr: dropped stray glyphs " + String.join(", ", dropped));
        return stray.replaceAll("");
    }

    private static String closeSpacedOutRuns(String text, List<String> report) {
        if (!hasSpaceBetweenHan(text)) {
            return text;
        }
        Matcher spaced = SPACED_OUT.matcher(text);
        StringBuilder closed = new StringBuilder();
        int runs = 0;
        while (spaced.find()) {
            spaced.appendReplacement(closed, spaced.group().replace(" ", ""));
            runs++;
        }
        spaced.appendTail(closed);
        if (runs > 0) {
            report.add("ocr: closed up " + runs + " spaced-out run" + (runs == 1 ? "" : "s"));
        }
        return closed.toString();
    }

    /*
     * The two look-arounds above test the script of every character of the article; these scans find out first,
     * at a fraction of the cost, whether the pattern can match at all, which in clean text it almost never can.
     */

    /** Whether some character {@link #STRAY_GLYPH} could drop sits between two Han characters. */
    private static boolean hasStrayGlyph(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isStrayCandidate(c) && HanCharacters.isHan(HanCharacters.before(text, i))
                    && HanCharacters.isHan(HanCharacters.at(text, next))) {
                return true;
            }
            i = next;
        }
        return false;
    }

    private static boolean isStrayCandidate(int c) {
        if (c >= 'a' && c <= 'z') {
            return true;
        }
        if (c < 0x370 || HanCharacters.isHan(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.GREEK || STRAY_SYMBOLS.indexOf(c) >= 0;
    }

    /** Whether a single space stands between two Han characters, without which {@link #SPACED_OUT} cannot match. */
    private static boolean hasSpaceBetweenHan(String text) {
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            if (HanCharacters.isHan(HanCharacters.before(text, i)) && HanCharacters.isHan(HanCharacters.at(text, i + 1))) {
                return true;
            }
        }
        return false;
    }
}
