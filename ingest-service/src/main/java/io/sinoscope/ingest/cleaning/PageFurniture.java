package io.sinoscope.ingest.cleaning;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines a newspaper page prints around its articles (第7版, 星期四, — 7 —, A4 國際財經, A12 香港經貿日報
 * 2026年4月2日, 國際 7 2026年4月2日 星期四, a bare date line), continuation markers (下转第4版, ◆下轉第五版, 接第2版)
 * and page feet (人民日报      4, 人民日报 2026年4月1日, —— 香港經濟日報 ——), which OCR of a page scan keeps. The pieces live in {@code page-furniture-v2.tsv}; a
 * line is furniture only when it is made of nothing else, so a sentence that mentions 第7版 or 下转第4版 is never one.
 */
final class PageFurniture {

    enum Kind {
        PAGE, NUMBER, DATE, WEEKDAY, SECTION, CONTINUATION, MASTHEAD
    }

    /** What a line is, if it is furniture: {@code print} when it carries a page marker, which only print has. */
    record Verdict(boolean furniture, boolean print) {
        static final Verdict NONE = new Verdict(false, false);
    }

    private record Piece(Kind kind, Pattern pattern) {
    }

    /** Running heads are short; a longer line is text even if it could be cut into pieces. */
    private static final int MAX_LENGTH = 50;
    /**
     * Between pieces, and around them: spaces, bars, slashes, and the brackets a paper's name or its date and page sit
     * in (《人民日报》（2026年04月01日 第 04 版）). Brackets only where a masthead is among the pieces: 詳情見（第4版） is a
     * sentence's reference, not a page foot.
     */
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\u3000|｜/·・《》〈〉（）()]*");
    private static final Pattern BRACKET = Pattern.compile("[《》〈〉（）()]");
    /** A paper's name framed by rules, as a page foot prints it (—— 香港經濟日報 ——). */
    private static final Pattern FRAMED = Pattern.compile("[—–－\\-─]{1,3}\\s*(\\S+?)\\s*[—–－\\-─]{1,3}");
    /** The gap a page foot leaves between the masthead and the page number: two spaces or more. */
    private static final int WIDE_GAP = 2;

    private final List<Piece> pieces;

    PageFurniture() {
        String weekdays = CalendarWords.weekdays();
        pieces = CleaningData.rows("page-furniture-v2.tsv", 2).stream()
                .map(row -> new Piece(Kind.valueOf(row[0].strip()),
                        Pattern.compile(row[1].strip().replace("{WEEKDAY}", weekdays))))
                .toList();
    }

    Verdict judge(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Verdict.NONE;
        }
        Matcher framed = FRAMED.matcher(text);
        if (framed.matches() && isOnly(Kind.MASTHEAD, framed.group(1))) {
            return new Verdict(true, true);
        }
        Set<Kind> found = EnumSet.noneOf(Kind.class);
        Matcher separator = SEPARATOR.matcher(text);
        // A line may open with a bracket (《人民日报》…); a continuation marker keeps its own (（下转第4版）).
        int at = pieceAt(text, 0) == null && separator.lookingAt() ? separator.end() : 0;
        boolean bracketed = at > 0;
        Kind previous = null;
        boolean wide = false;
        while (at < text.length()) {
            Found piece = pieceAt(text, at);
            // A masthead is a paper's name: a section name for every rule below, and a page foot's mark.
            Kind kind = piece == null ? null : piece.kind() == Kind.MASTHEAD ? Kind.SECTION : piece.kind();
            // Two names in a row are a longer run of Han characters: a phrase, not a section name.
            if (piece == null || kind == Kind.SECTION && previous == Kind.SECTION) {
                return Verdict.NONE;
            }
            previous = kind;
            found.add(kind);
            if (piece.kind() == Kind.MASTHEAD) {
                found.add(Kind.MASTHEAD);
            }
            at = piece.end();
            separator.region(at, text.length());
            if (separator.lookingAt()) {
                wide |= at < text.length() && separator.end() < text.length() && separator.end() - at >= WIDE_GAP;
                bracketed |= BRACKET.matcher(text).region(at, separator.end()).find();
                at = separator.end();
            }
        }
        boolean masthead = found.remove(Kind.MASTHEAD);
        if (bracketed && !masthead) {
            return Verdict.NONE;
        }
        if (masthead && wide && (found.equals(EnumSet.of(Kind.SECTION, Kind.NUMBER))
                || found.equals(EnumSet.of(Kind.SECTION, Kind.PAGE)))) {
            return new Verdict(true, true);
        }
        // A paper's name with the date and nothing else is its page foot or head (人民日报 2026年4月1日); a section
        // name with a date alone may be a portal's label, so only a masthead counts.
        if (masthead && found.equals(EnumSet.of(Kind.SECTION, Kind.DATE))) {
            return new Verdict(true, true);
        }
        if (found.equals(EnumSet.of(Kind.CONTINUATION))) {
            return new Verdict(true, true);
        }
        boolean page = found.contains(Kind.PAGE);
        boolean numberedDate = found.contains(Kind.NUMBER) && found.contains(Kind.DATE);
        // A weekday standing alone is a page head; web text never prints one.
        boolean weekday = found.equals(EnumSet.of(Kind.WEEKDAY));
        // A paper's or section's name with the date and weekday is a running head (人民日报 2026年4月2日 星期四).
        boolean namedDate = found.equals(EnumSet.of(Kind.SECTION, Kind.DATE, Kind.WEEKDAY));
        if (page || numberedDate || weekday || namedDate) {
            return new Verdict(true, true);
        }
        // A bare date line (with its weekday) is a page head in print and a timestamp line on the web: either way no
        // part of the article, and left in the text OCR repair would glue the headline to it.
        boolean dateLine = EnumSet.of(Kind.DATE, Kind.WEEKDAY).containsAll(found);
        return dateLine ? new Verdict(true, false) : Verdict.NONE;
    }

    private record Found(Kind kind, int end) {
    }

    /**
     * Where a bracketed continuation marker closing {@code line} begins (…出口许可管理。（下转第4版）), or -1: print
     * sets the marker at the end of the column's last line, where OCR keeps it in the paragraph.
     */
    int continuationAtEnd(String line) {
        int close = line.length() - 1;
        if (close < 0 || "）)】]".indexOf(line.charAt(close)) < 0) {
            return -1;
        }
        int open = Math.max(Math.max(line.lastIndexOf('（'), line.lastIndexOf('(')),
                Math.max(line.lastIndexOf('【'), line.lastIndexOf('[')));
        if (open <= 0) {
            return -1;
        }
        for (Piece piece : pieces) {
            if (piece.kind() == Kind.CONTINUATION && piece.pattern().matcher(line).region(open, line.length()).matches()) {
                return open;
            }
        }
        return -1;
    }

    /** Whether {@code text} is one piece of {@code kind} and nothing else. */
    private boolean isOnly(Kind kind, String text) {
        Found piece = pieceAt(text, 0);
        return piece != null && piece.kind() == kind && piece.end() == text.length();
    }

    /** The first piece (in the file's order) that starts at {@code at}, or null. */
    private Found pieceAt(String text, int at) {
        for (Piece piece : pieces) {
            Matcher matcher = piece.pattern().matcher(text);
            matcher.region(at, text.length());
            if (matcher.lookingAt() && matcher.end() > at) {
                return new Found(piece.kind(), matcher.end());
            }
        }
        return null;
    }
}
