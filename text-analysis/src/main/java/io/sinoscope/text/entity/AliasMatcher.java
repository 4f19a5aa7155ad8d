package io.sinoscope.text.entity;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds gazetteer aliases in normalized text: longest match first, left to right, never
 * overlapping. A character trie built once over the folded alias forms keeps this linear in the
 * text times the longest alias. Latin aliases must stand on word boundaries, so "Trump" does not
 * match inside "Trumpet"; Han aliases need no boundary because Chinese has none.
 */
public final class AliasMatcher {

    public record AliasMatch(CanonicalEntity entity, int start, int end) {
    }

    /** Built with a map per node, then frozen into sorted arrays: no boxing and no hashing per character looked up. */
    private static final class Node {
        Map<Character, Node> building = new HashMap<>();
        char[] keys;
        Node[] children;
        CanonicalEntity entity;

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }

        void freeze() {
            keys = new char[building.size()];
            children = new Node[building.size()];
            int k = 0;
            for (char key : new TreeMap<>(building).keySet()) {
                keys[k] = key;
                children[k] = building.get(key);
                children[k].freeze();
                k++;
            }
            building = null;
        }
    }

    private final Node root = new Node();
    /**
     * One bit per folded character that begins some alias (8 KB). Most positions of a text begin none, and answering
     * that from the bits is cheaper than a binary search over the root's thousands of keys.
     */
    private final long[] aliasStarts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];

    public AliasMatcher(Gazetteer gazetteer) {
        for (Map.Entry<String, CanonicalEntity> alias : gazetteer.aliasForms().entrySet()) {
            Node node = root;
            for (char c : alias.getKey().toCharArray()) {
                node = node.building.computeIfAbsent(c, key -> new Node());
            }
            node.entity = alias.getValue();
        }
        root.freeze();
        for (char c : root.keys) {
            aliasStarts[c / Long.SIZE] |= 1L << c;
        }
    }

    public List<AliasMatch> findAll(String text) {
        return findAll(text, match -> true);
    }

    /**
     * As {@link #findAll(String)}, but a match {@code accept} rejects is not taken: the longest
     * accepted alias at that position is (美國商務部 rejected as part of 美國商務部長 leaves 美國).
     */
    public List<AliasMatch> findAll(String text, Predicate<AliasMatch> accept) {
        List<AliasMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            AliasMatch match = longestAt(text, i, accept);
            if (match == null) {
                i++;
            } else {
                matches.add(match);
                i = match.end();
            }
        }
        return matches;
    }

    private AliasMatch longestAt(String text, int start, Predicate<AliasMatch> accept) {
        if (isLatinWordChar(text.charAt(start)) && start > 0 && isLatinWordChar(text.charAt(start - 1))) {
            return null;
        }
        char first = Gazetteer.foldChar(text.charAt(start));
        if ((aliasStarts[first / Long.SIZE] & (1L << first)) == 0) {
            return null;
        }
        Node node = root;
        AliasMatch best = null;
        for (int i = start; i < text.length(); i++) {
            node = node.child(Gazetteer.foldChar(text.charAt(i)));
            if (node == null) {
                break;
            }
            int end = i + 1;
            if (node.entity != null && !splitsLatinWord(text, end)) {
                AliasMatch candidate = new AliasMatch(node.entity, start, end);
                if (accept.test(candidate)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private static boolean splitsLatinWord(String text, int end) {
        return end < text.length() && isLatinWordChar(text.charAt(end - 1)) && isLatinWordChar(text.charAt(end));
    }

    private static boolean isLatinWordChar(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c));
    }
}
