package io.sinoscope.text.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Abbreviations of an organisation named in full earlier in the same text: 汇川技术 after 深圳市汇川技术股份有限公司,
 * 南亚科 after 南亚科技股份有限公司, 国贸署 after 经济部国际贸易署, 民主劳总 after 韩国全国民主劳动组合总联盟. Chinese
 * abbreviates a name by keeping some of its characters in order, so a later run of words is an abbreviation when its
 * characters are a subsequence of the full name and:
 * <ul>
 * <li>two characters: one word, written together in the full name, at its start or right after a place it begins
 * with (港铁 of 港铁公司);</li>
 * <li>three or more: starting inside the name's part before its suffix;</li>
 * <li>not a run of ordinary words (全国, 民主 after 全国民主…联盟 are words, not the union), not a gazetteer name,
 * and not the suffix alone.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class OrganisationAbbreviations {

    /** Abbreviations are short: a run longer than this is not one. */
    static final int MAX_CHARS = 6;
    /** Administrative words that follow a place at the start of a company's name (深圳市|汇川技术). */
    private static final String ADMIN = "市省县区";

    private final Gazetteer gazetteer;

    OrganisationAbbreviations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A run of tokens to link as an abbreviation of {@code full}. */
    record Run(int start, int end) {
    }

    /**
     * @param full   the organisation's full name, normalized
     * @param after  where the full name's first mention ends: abbreviations come after it
     * @param free   whether a run's span may be taken (not another entity's, other than one this run replaces)
     */
    List<Run> find(String normalized, String full, int after, List<Token> tokens, SpanTest free) {
        List<Run> runs = new ArrayList<>();
        String suffix = NameNoiseFilter.organisationSuffix(full);
        int headEnd = full.length() - (suffix == null ? 0 : suffix.length());
        int nameStart = nameStart(full);
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (first.start() < after) {
                continue;
            }
            Run best = null;
            int end = first.start();
            for (int j = i; j < tokens.size() && tokens.get(j).start() == end; j++) {
                end = tokens.get(j).end();
                if (end - first.start() > MAX_CHARS) {
                    break;
                }
                String run = normalized.substring(first.start(), end);
                // Two characters abbreviate only as one word of their own (港铁), not as pieces of other words (座|晶).
                boolean oneWord = j == i || run.length() > 2;
                if (oneWord && abbreviates(run, full, headEnd, nameStart, suffix) && free.test(first.start(), end)) {
                    best = new Run(first.start(), end);
                }
            }
            if (best != null) {
                runs.add(best);
                while (i + 1 < tokens.size() && tokens.get(i + 1).start() < best.end()) {
                    i++;
                }
            }
        }
        return runs;
    }

    /** Where the name proper begins: after a gazetteer place or organisation it starts with, and 市/省 after that. */
    private int nameStart(String full) {
        for (int length = full.length() - 1; length >= 2; length--) {
            if (gazetteer.lookup(full.substring(0, length)).isPresent()) {
                int at = length;
                if (at < full.length() && ADMIN.indexOf(full.charAt(at)) >= 0) {
                    at++;
                }
                return at;
            }
        }
        return 0;
    }

    private boolean abbreviates(String run, String full, int headEnd, int nameStart, String suffix) {
        if (run.length() < 2 || run.equals(full) || run.equals(suffix) || !run.codePoints().allMatch(Character::isLetter)) {
            return false;
        }
        if (run.length() == 2) {
            int at = full.indexOf(run);
            if (at != 0 && at != nameStart) {
                return false;
            }
        } else {
            int at = full.indexOf(run.charAt(0));
            if (at < 0 || at >= headEnd || !subsequence(run, full.substring(at))) {
                return false;
            }
        }
        if (!subsequence(run, full)) {
            return false;
        }
        return !ordinaryWords(run) && gazetteer.lookup(run).filter(e -> !gazetteer.isGuarded(Gazetteer.fold(run))
                && !gazetteer.fromKnowledgeBase(Gazetteer.fold(run))).isEmpty();
    }

    private static boolean subsequence(String run, String full) {
        int at = 0;
        for (int i = 0; i < run.length(); i++) {
            at = full.indexOf(run.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** The run is made wholly of dictionary words of two or more characters that are neither names nor abbreviations. */
    private static boolean ordinaryWords(String run) {
        int at = 0;
        while (at < run.length()) {
            int end = -1;
            for (int to = run.length(); to >= at + 2; to--) {
                if (ordinary(run.substring(at, to))) {
                    end = to;
                    break;
                }
            }
            if (end < 0) {
                return false;
            }
            at = end;
        }
        return true;
    }

    private static boolean ordinary(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        String tag = attribute.nature[0].toString();
        return !(tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.equals("j"));
    }

    /** Whether [start, end) of the normalized text may be taken. */
    interface SpanTest {
        boolean test(int start, int end);
    }
}
