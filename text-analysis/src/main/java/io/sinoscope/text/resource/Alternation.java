package io.sinoscope.text.resource;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds a regex alternation from resource phrases, longest first so 万吨 wins over 吨 and 美元 over 元. */
public final class Alternation {

    private Alternation() {
    }

    public static String of(Collection<String> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
