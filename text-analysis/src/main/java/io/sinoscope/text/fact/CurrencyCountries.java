package io.sinoscope.text.fact;

import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.AnalyzerData;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which currency a shared short name means (比索, 卢比, 克朗, 第纳尔): the one of its candidates that a country the text
 * names uses, from resource {@value #RESOURCE} (CLDR territory names in mainland, Taiwan and Hong Kong usage with the
 * currencies CLDR's currencyData says each territory uses today). Names are matched longest first, so 印度尼西亚 is
 * Indonesia and never India.
 */
final class CurrencyCountries {

    static final String RESOURCE = "currency-countries-v1.tsv";

    private final Map<String, Set<String>> currencies;
    private final Pattern names;

    private CurrencyCountries(Map<String, Set<String>> currencies) {
        this.currencies = Map.copyOf(currencies);
        this.names = Pattern.compile(Alternation.of(currencies.keySet()));
    }

    static CurrencyCountries fromResources() {
        Map<String, Set<String>> currencies = new HashMap<>();
        CurrencyNames forms = new CurrencyNames();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            for (String name : forms.asNormalized(row[0])) {
                currencies.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(List.of(row[2].split("\\|")));
            }
        }
        return new CurrencyCountries(currencies);
    }

    /** Where {@code text} names countries, by the currencies they use: read once per text, however many amounts. */
    Mentions find(String text) {
        Map<String, List<Integer>> positions = new HashMap<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            for (String code : currencies.get(m.group())) {
                positions.computeIfAbsent(code, c -> new ArrayList<>()).add(m.start());
            }
        }
        Map<String, int[]> sorted = new HashMap<>();
        positions.forEach((code, list) -> sorted.put(code, list.stream().mapToInt(Integer::intValue).toArray()));
        return new Mentions(sorted);
    }

    /** Country mentions of one text: for each currency, the sorted starts of the names of countries using it. */
    static final class Mentions {

        private final Map<String, int[]> starts;

        private Mentions(Map<String, int[]> starts) {
            this.starts = starts;
        }

        /**
         * The one candidate a country named in {@code [start, end)} uses, or null when none does or the countries
         * named there point at more than one candidate (墨西哥 and 菲律宾 in one sentence about 比索). A binary search
         * per candidate: a text of thousands of amounts and names stays linear.
         */
        String resolve(Set<String> candidates, int start, int end) {
            String meant = null;
            for (String code : candidates) {
                int[] at = starts.get(code);
                if (at == null) {
                    continue;
                }
                int i = Arrays.binarySearch(at, start);
                int first = i >= 0 ? i : -i - 1;
                if (first < at.length && at[first] < end) {
                    if (meant != null) {
                        return null;
                    }
                    meant = code;
                }
            }
            return meant;
        }
    }
}
