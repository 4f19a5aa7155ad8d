package io.sinoscope.text.entity;

import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.segment.TransliterationCharacters;

import java.util.HashMap;
import java.util.Map;

/**
 * The characters used to transliterate foreign names ({@value #RESOURCE}, generated from HanLP's dictionary of
 * transliterated names), with their transliteration reading and how many dictionary names use each. A name made of
 * such characters has the shape of a transliteration (拉马福萨, 卢萨卡); a name with a character outside them
 * (张志远, 高管) does not. Works on normalized (mainland Simplified) text. Immutable and thread-safe.
 */
public final class TransliterationTable implements TransliterationCharacters {

    static final String RESOURCE = "transliteration-chars-v1.tsv";
    /** A character in at least this many names counts towards a name's transliteration shape. */
    static final int SHAPE_NAMES = 5;
    /**
     * A character in at least this many names is common enough in transliterations that a cut-off piece made of
     * such characters (拉, 萨, 卡希) is taken into the name next to it, and that two of them make a two-character name
     * (戴利) shaped; rarer ones (来, 开) are ordinary words more often than name parts.
     */
    static final int STRONG_NAMES = 20;

    private record Entry(String reading, int names) {
    }

    /** Indexed by character (all are in the Basic Multilingual Plane): a lookup per character of every word. */
    private final String[] readings = new String[Character.MAX_VALUE + 1];
    private final int[] nameCounts = new int[Character.MAX_VALUE + 1];

    private TransliterationTable(Map<Character, Entry> entries) {
        entries.forEach((c, entry) -> {
            readings[c] = entry.reading();
            nameCounts[c] = entry.names();
        });
    }

    public static TransliterationTable fromResources() {
        Map<Character, Entry> entries = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            if (row[0].length() != 1) {
                throw new IllegalStateException(RESOURCE + ": not one character: " + row[0]);
            }
            entries.put(row[0].charAt(0), new Entry(row[1], Integer.parseInt(row[2])));
        }
        return new TransliterationTable(entries);
    }

    /** The toneless pinyin this character has in transliterations, or null when it is not a transliteration character. */
    String reading(char c) {
        return readings[c];
    }

    private int names(char c) {
        return nameCounts[c];
    }

    /**
     * Whether {@code surface} has the shape of a transliterated name: every character (the middle dot aside) is a
     * transliteration character; a two-character surface needs two common ones, since two characters make many
     * ordinary words.
     */
    public boolean shaped(String surface) {
        int han = 0;
        int min = Integer.MAX_VALUE;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c == '·') {
                continue;
            }
            han++;
            min = Math.min(min, names(c));
        }
        if (han < 2) {
            return false;
        }
        return min >= (han == 2 ? STRONG_NAMES : SHAPE_NAMES);
    }

    /** Whether every character of {@code piece} is a transliteration character (in {@value #SHAPE_NAMES} names or more). */
    @Override
    public boolean transliterationChars(String piece) {
        if (piece.isEmpty()) {
            return false;
        }
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c != '·' && names(c) < SHAPE_NAMES) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character of {@code piece} is a common transliteration character: a piece a name may be cut from. */
    public boolean extendable(String piece) {
        if (piece.isEmpty()) {
            return false;
        }
        for (int i = 0; i < piece.length(); i++) {
            if (names(piece.charAt(i)) < STRONG_NAMES) {
                return false;
            }
        }
        return true;
    }
}
