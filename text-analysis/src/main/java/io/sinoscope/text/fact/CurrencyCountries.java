package io.sinoscope.text.fact;

import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.AnalyzerData;

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

    /**
     * The one candidate a country named in {@code text[start, end)} uses, or null when none does or the countries
     * named there point at more than one candidate (墨西哥 and 菲律宾 in one sentence about 比索).
     */
    String resolve(Set<String> candidates, String text, int start, int end) {
        Set<String> meant = new LinkedHashSet<>();
        Matcher m = names.matcher(text).region(start, end);
        while (m.find()) {
            for (String code : currencies.get(m.group())) {
                if (candidates.contains(code)) {
                    meant.add(code);
                }
            }
        }
        return meant.size() == 1 ? meant.iterator().next() : null;
    }
}
