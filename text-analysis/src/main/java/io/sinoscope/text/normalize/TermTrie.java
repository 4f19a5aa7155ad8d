package io.sinoscope.text.normalize;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Longest-match lookup of terms in a text: one step per character of the longest candidate, so a scan over a text
 * costs its length times the depth of the matches found, never a substring lookup per length. The root is a table by
 * first character (most text characters start no term and cost one array read); deeper levels are sorted arrays.
 */
final class TermTrie<V> {

    record Match<V>(V value, int length) {
    }

    private static final class Node<V> {
        char[] labels = new char[0];
        Node<V>[] children = newArray(0);
        V value;

        Node<V> child(char c) {
            int at = Arrays.binarySearch(labels, c);
            return at < 0 ? null : children[at];
        }

        @SuppressWarnings("unchecked")
        static <V> Node<V>[] newArray(int size) {
            return (Node<V>[]) new Node[size];
        }
    }

    private final Node<V>[] roots = Node.newArray(Character.MAX_VALUE + 1);

    TermTrie(Map<String, V> terms) {
        Map<Character, Map<String, V>> byFirst = new TreeMap<>();
        terms.forEach((term, value) -> {
            if (!term.isEmpty()) {
                byFirst.computeIfAbsent(term.charAt(0), c -> new TreeMap<>()).put(term.substring(1), value);
            }
        });
        byFirst.forEach((first, rest) -> roots[first] = build(rest));
    }

    /** A node for the given suffixes (the empty suffix is the node's own value), children in character order. */
    private static <V> Node<V> build(Map<String, V> suffixes) {
        Node<V> node = new Node<>();
        TreeMap<Character, Map<String, V>> byFirst = new TreeMap<>();
        suffixes.forEach((suffix, value) -> {
            if (suffix.isEmpty()) {
                node.value = value;
            } else {
                byFirst.computeIfAbsent(suffix.charAt(0), c -> new TreeMap<>()).put(suffix.substring(1), value);
            }
        });
        node.labels = new char[byFirst.size()];
        node.children = Node.newArray(byFirst.size());
        int i = 0;
        for (Map.Entry<Character, Map<String, V>> entry : byFirst.entrySet()) {
            node.labels[i] = entry.getKey();
            node.children[i] = build(entry.getValue());
            i++;
        }
        return node;
    }

    /** The longest term starting at {@code from} whose value passes {@code accept}, or null. */
    Match<V> longestMatch(CharSequence text, int from, Predicate<V> accept) {
        Node<V> node = roots[text.charAt(from)];
        Match<V> best = null;
        int at = from + 1;
        while (node != null) {
            if (node.value != null && accept.test(node.value)) {
                best = new Match<>(node.value, at - from);
            }
            if (at == text.length()) {
                break;
            }
            node = node.child(text.charAt(at));
            at++;
        }
        return best;
    }
}
