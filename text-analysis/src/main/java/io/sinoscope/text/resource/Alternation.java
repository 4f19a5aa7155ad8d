package io.sinoscope.text.resource;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Builds a regex alternation from resource phrases that prefers the longest phrase, so 万吨 wins over 吨 and 美元
 * over 元, and falls back to shorter ones when the rest of the pattern needs it.
 *
 * <p>The phrases are laid out as a trie ({@code 美(?:元|金)|港(?:元|币)…}): every phrase matching at a position is a
 * prefix of the text there, so they lie on one path of the trie, which is tried deepest first — the same order as a
 * longest-first list. A flat list of a few hundred currency names cost a few hundred failed comparisons after every
 * number; the trie costs one per character read.
 */
public final class Alternation {

    private Alternation() {
    }

    public static String of(Collection<String> phrases) {
        Node root = new Node();
        for (String phrase : phrases) {
            if (phrase.isEmpty()) {
                throw new IllegalArgumentException("An empty phrase would match everywhere");
            }
            Node node = root;
            for (int i = 0; i < phrase.length(); i += Character.charCount(phrase.codePointAt(i))) {
                node = node.children.computeIfAbsent(phrase.codePointAt(i), c -> new Node());
            }
            node.terminal = true;
        }
        return "(?:" + root.children() + ")";
    }

    private static final class Node {
        private final Map<Integer, Node> children = new TreeMap<>();
        private boolean terminal;

        /** The alternation of this node's children, each a character and the rest of its phrases. */
        private String children() {
            StringBuilder out = new StringBuilder();
            for (Map.Entry<Integer, Node> child : children.entrySet()) {
                if (!out.isEmpty()) {
                    out.append('|');
                }
                out.append(Pattern.quote(Character.toString(child.getKey()))).append(child.getValue().rest());
            }
            return out.toString();
        }

        /** What may follow this node's character: longer phrases first, then nothing when a phrase ends here. */
        private String rest() {
            if (children.isEmpty()) {
                return "";
            }
            return "(?:" + children() + ")" + (terminal ? "?" : "");
        }
    }
}
