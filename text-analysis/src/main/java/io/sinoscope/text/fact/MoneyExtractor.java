package io.sinoscope.text.fact;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;
import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts: a number with a currency before (US$5亿, 人民币5000亿元) or after it (5,500亿美元, 50亿兰特),
 * from resource {@value #RESOURCE}: ISO 4217 currencies with their Chinese names in mainland, Taiwan and Hong Kong
 * usage from CLDR, plus colloquial forms (美金, 台币, 韩圜). The value is in base units of the currency. A bare 元
 * (or 块钱) is the currency of the article's region — TWD in Taiwan text, HKD in Hong Kong text, CNY otherwise —
 * with a lower confidence and {@code currency_source: region}; a named currency always wins. A parenthesised
 * conversion right after an amount — 5,500亿美元（约4.28万亿港元） — is the same money restated, so it
 * becomes attributes of that one fact rather than a second fact. A short name (奈拉, 福林) is its currency's; one
 * several currencies share (比索, 卢比, 克朗) takes the currency of the country its sentence, else its text, names
 * ({@link CurrencyCountries}), and otherwise stays without a currency, listing the candidates: never a guess.
 */
public final class MoneyExtractor {

    static final String RESOURCE = "currencies-v3.tsv";
    static final String COLLOQUIAL = "money-colloquial-v1.tsv";
    /** Confidence of an amount whose currency the text names, and of one whose currency is the region's guess. */
    private static final double NAMED = 0.9;
    private static final double BY_REGION = 0.75;
    /**
     * A shared short name (比索) resolved by a country named in its sentence, by one named elsewhere in the text, or
     * left without a currency: the amount is still stated, which currency is not.
     */
    private static final double BY_SENTENCE_COUNTRY = 0.8;
    private static final double BY_TEXT_COUNTRY = 0.7;
    private static final double UNRESOLVED = 0.5;
    private static final String SHARED = "|";
    private static final String SENTENCE_BREAKS = "。！？!?；;\n";
    private static final String LOCAL = "LOCAL";
    /** 30日元首会晤 is "on the 30th, heads of state": 元 starting 元首/元旦/元帅/元老 is not a currency. */
    private static final String WORD_AFTER_YUAN = "(?<=元)[首旦帅老]";
    /**
     * 千亿元, 百亿美元, 万亿元: a bare magnitude is one of it (10^11, 10^10, 10^12), but only before a currency (not 千万别,
     * 百万富翁), and never a bare 万 (万元户).
     */
    private static final String BARE_MAGNITUDE = "(?:[百千][万亿兆]+|万亿)";
    private static final Pattern RANGE_WORD = Pattern.compile("\\s?(?:至|到|~|～|-|—|－)\\s?");
    private static final Pattern FROM = Pattern.compile("[由从]");
    /** A bare 元 in Traditional text of no detected region: Taiwan's or Hong Kong's dollar, as the text's places say. */
    private static final String TRADITIONAL_LOCAL = "HKD|TWD";
    private static final Pattern CONVERSION_OPEN = Pattern.compile("\\s?[（(]\\s?(?:相当于|折合|合)?\\s?");
    private static final Pattern CONVERSION_CLOSE = Pattern.compile("^\\s?[）)]");

    private record Amount(int start, int end, ParsedNumber number, String currency, String source,
                          double confidence, List<String> candidates) {
    }

    /**
     * What may follow a colloquial unit of {@value #COLLOQUIAL}: none of {@code not}, or, when {@code only} is set, a
     * character that is not Han or is one of {@code only}.
     */
    private record Next(String not, String only) {

        boolean allows(String text, int end) {
            if (end >= text.length()) {
                return true;
            }
            char c = text.charAt(end);
            if (not.indexOf(c) >= 0) {
                return false;
            }
            return only == null || Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || only.indexOf(c) >= 0;
        }
    }

    private final Map<String, String> prefixes;
    private final Map<String, String> suffixes;
    private final Map<String, Next> colloquial;
    private final StartScan pattern;
    private final CurrencyCountries countries = CurrencyCountries.fromResources();

    private MoneyExtractor(Map<String, String> prefixes, Map<String, String> suffixes, Map<String, Next> colloquial) {
        this.prefixes = Map.copyOf(prefixes);
        this.suffixes = Map.copyOf(suffixes);
        this.colloquial = Map.copyOf(colloquial);
        this.pattern = new StartScan(Pattern.compile("(?<pre>" + Alternation.of(prefixes.keySet()) + ")?\\s?(?<num>"
                + ChineseNumberParser.EXPRESSION + "|" + BARE_MAGNITUDE + ")\\s?(?<suf>" + Alternation.of(suffixes.keySet()) + ")?(?![%％]|"
                + WORD_AFTER_YUAN + ")"));
    }

    public static MoneyExtractor fromResources() {
        Map<String, String> prefixes = new HashMap<>();
        Map<String, String> suffixes = new HashMap<>();
        CurrencyNames names = new CurrencyNames();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 3)) {
            for (String surface : names.asNormalized(row[0])) {
                boolean shortName = row.length > 3 && row[3].startsWith("short:");
                if (!row[2].equals("suffix")) {
                    put(prefixes, surface, row[1], shortName);
                }
                if (!row[2].equals("prefix")) {
                    put(suffixes, surface, row[1], shortName);
                }
            }
        }
        Map<String, Next> colloquial = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(COLLOQUIAL, 3)) {
            boolean only = row[2].startsWith("only:");
            if (!only && !row[2].startsWith("not:")) {
                throw new IllegalArgumentException(COLLOQUIAL + ": what may follow is only: or not:, not " + row[2]);
            }
            String chars = row[2].substring(row[2].indexOf(':') + 1);
            colloquial.put(row[0], new Next(only ? "" : chars, only ? chars : null));
            put(suffixes, row[0], row[1], false);
        }
        return new MoneyExtractor(prefixes, suffixes, colloquial);
    }

    /**
     * Two currencies for one full name would make the answer depend on the resource's order. A short name is shared
     * by design, and its Traditional and Simplified rows meet once normalised (盧比, 卢比): their currencies join.
     */
    private static void put(Map<String, String> surfaces, String surface, String code, boolean shortName) {
        String before = surfaces.putIfAbsent(surface, code);
        if (before == null || before.equals(code)) {
            return;
        }
        if (!shortName && !before.contains(SHARED) && !code.contains(SHARED)) {
            throw new IllegalArgumentException(RESOURCE + ": " + surface + " is both " + before + " and " + code);
        }
        Set<String> joined = new TreeSet<>(List.of(before.split("\\|")));
        joined.addAll(List.of(code.split("\\|")));
        surfaces.put(surface, String.join(SHARED, joined));
    }

    /** Money facts in {@code text}; {@code region} decides what a bare 元 is. */
    public List<Fact> extract(String text, Region region) {
        return extract(StartScans.everywhere(text), region);
    }

    /** Money facts in {@code starts.text()}, visiting only {@code starts}, found for this pattern and maybe others. */
    List<Fact> extract(StartScans.Starts starts, Region region) {
        return extract(starts, region, null);
    }

    /**
     * As {@link #extract(StartScans.Starts, Region)}; {@code script} tells a bare 元 in Traditional text of no detected
     * region, which is Taiwan's or Hong Kong's dollar and not the yuan, from one in Simplified text: the one whose place
     * the sentence, else the text, names (80萬至90萬元 … 台灣 → TWD), else none, listing both. In text mixing the
     * scripts only a named place changes the region's default.
     */
    List<Fact> extract(StartScans.Starts starts, Region region, Script script) {
        String text = starts.text();
        List<Amount> amounts = new ArrayList<>();
        Breaks sentences = null;
        CurrencyCountries.Mentions mentions = null;
        StartScan.Scan scan = pattern.scan(starts);
        Matcher m = scan.matcher();
        while (scan.find()) {
            String pre = m.group("pre");
            String suf = m.group("suf");
            if ((pre == null && suf == null) || NumberAttributes.isNotAnAmount(text, m.start("num"))
                    || isLoneHanDigit(m.group("num"))
                    || suf != null && colloquial.containsKey(suf) && !colloquial.get(suf).allows(text, m.end("suf"))) {
                continue;
            }
            String code = code(pre, suf);
            int start = pre != null ? m.start("pre") : m.start("num");
            int end = suf != null ? m.end("suf") : m.end("num");
            String num = m.group("num");
            ParsedNumber number = num.matches(BARE_MAGNITUDE)
                    ? NumberAttributes.parse("一" + num).map(n -> new ParsedNumber(num, 0, num.length(), n.value(), null, null))
                            .orElse(null)
                    : NumberAttributes.parse(num).orElse(null);
            if (number == null) {
                continue;
            }
            Amount byPlace = null;
            if (code.equals(LOCAL) && region == Region.OTHER && (script == Script.TRADITIONAL || script == Script.MIXED)) {
                if (sentences == null) {
                    sentences = Breaks.of(text, SENTENCE_BREAKS);
                    mentions = countries.find(text);
                }
                byPlace = shared(text, sentences, mentions, start, end, number, TRADITIONAL_LOCAL);
                // Text mixing the scripts may be mainland text quoting names: no place named, the yuan as before.
                if (byPlace.currency() == null && script == Script.MIXED) {
                    byPlace = null;
                }
            }
            if (byPlace != null) {
                amounts.add(byPlace);
            } else if (code.equals(LOCAL)) {
                amounts.add(new Amount(start, end, number, local(region), "region", BY_REGION, List.of()));
            } else if (code.contains(SHARED)) {
                if (sentences == null) {
                    sentences = Breaks.of(text, SENTENCE_BREAKS);
                    mentions = countries.find(text);
                }
                amounts.add(shared(text, sentences, mentions, start, end, number, code));
            } else {
                amounts.add(new Amount(start, end, number, code, null, NAMED, List.of()));
            }
        }
        amounts = joinRanges(text, amounts);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount amount = amounts.get(i);
            Map<String, Object> attributes = NumberAttributes.of(amount.number(), 1);
            int end = amount.end();
            if (i + 1 < amounts.size()) {
                Amount next = amounts.get(i + 1);
                int close = conversionEnd(text, amount, next);
                if (close > 0) {
                    attributes.put("conversion_value", next.number().value());
                    if (next.currency() != null) {
                        attributes.put("conversion_currency", next.currency());
                    }
                    attributes.put("conversion_approximate", next.number().approximate());
                    end = close;
                    i++;
                }
            }
            NumberAttributes.addTrailingCue(attributes, text, end);
            double confidence = amount.confidence();
            if (amount.source() != null) {
                attributes.put("currency_source", amount.source());
            }
            if (!amount.candidates().isEmpty()) {
                attributes.put("currency_candidates", amount.candidates());
            }
            if (amount.number().isRange()) {
                confidence -= 0.1;
            }
            facts.add(new Fact(FactKind.MONEY, text.substring(amount.start(), end), amount.number().value(), null,
                    amount.currency(), null, amount.start(), end, 0, confidence, attributes));
        }
        return facts;
    }

    /**
     * An amount in a short name several currencies share: the candidate a country named in its sentence uses, else
     * one named anywhere in the text uses, else no currency at all, with the candidates listed (never a guess).
     */
    private static Amount shared(String text, Breaks sentences, CurrencyCountries.Mentions mentions, int start, int end,
                                 ParsedNumber number, String codes) {
        Set<String> candidates = new TreeSet<>(List.of(codes.split("\\|")));
        String inSentence = mentions.resolve(candidates, sentences.startBefore(start), sentences.endFrom(end));
        if (inSentence != null) {
            return new Amount(start, end, number, inSentence, "country_in_sentence", BY_SENTENCE_COUNTRY, List.of());
        }
        String inText = mentions.resolve(candidates, 0, text.length());
        if (inText != null) {
            return new Amount(start, end, number, inText, "country_in_text", BY_TEXT_COUNTRY, List.of());
        }
        return new Amount(start, end, number, null, "unresolved", UNRESOLVED, List.copyOf(candidates));
    }

    /**
     * 800万港元至900万港元, 300万元到350万元人民币: two amounts of one currency joined by a range word are one range,
     * as 80万至90万元 is. Not when the second is not larger, nor after 由/从 (由80万元到90万元 is a change).
     */
    private static List<Amount> joinRanges(String text, List<Amount> amounts) {
        List<Amount> joined = new ArrayList<>(amounts.size());
        for (int i = 0; i < amounts.size(); i++) {
            Amount low = amounts.get(i);
            Amount high = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
            // 300万元到350万元人民币: a currency guessed for the first (region, shared name) yields to one the second names.
            boolean guessedThenNamed = high != null && low.source() != null && high.source() == null;
            if (high == null || !guessedThenNamed && (low.currency() == null || !low.currency().equals(high.currency()))
                    || low.number().isRange() || high.number().value() <= low.number().value()
                    || !RANGE_WORD.matcher(text.substring(low.end(), high.start())).matches()
                    || FROM.matcher(text.substring(Math.max(0, low.start() - 3), low.start())).find()) {
                joined.add(low);
                continue;
            }
            ParsedNumber number = new ParsedNumber(text.substring(low.start(), high.end()), 0, high.end() - low.start(),
                    low.number().value(), high.number().upper() != null ? high.number().upper() : high.number().value(),
                    low.number().qualifier());
            Amount named = guessedThenNamed ? high : low;
            joined.add(new Amount(low.start(), high.end(), number, named.currency(), named.source(), named.confidence(),
                    named.candidates()));
            i++;
        }
        return joined;
    }

    /** The pattern {@link #extract(StartScans.Starts, Region)} needs positions for. */
    List<StartScan> patterns() {
        return List.of(pattern);
    }

    /**
     * 五元 on its own is far more often part of a name (五元讲堂) than an amount in this news; amounts
     * written in Han numerals carry a multiplier or more digits (两千亿日元).
     */
    private static boolean isLoneHanDigit(String number) {
        // 廿 and 卅 (廿蚊 = 20 dollars) start no names.
        return number.length() == 1 && !Character.isDigit(number.charAt(0)) && "廿卅".indexOf(number.charAt(0)) < 0;
    }

    /** End of the closing bracket when {@code next} is a bracketed restatement of {@code amount}, else -1. */
    private static int conversionEnd(String text, Amount amount, Amount next) {
        if (!CONVERSION_OPEN.matcher(text.substring(amount.end(), next.start())).matches()) {
            return -1;
        }
        // A region instead of text.substring(next.end()): same anchoring at its start, no copy of the rest of the text.
        // lookingAt, not find: the pattern is anchored at the region's start anyway, and find() would try (and fail)
        // at every later position up to the text's end, once per amount.
        Matcher close = CONVERSION_CLOSE.matcher(text).region(next.end(), text.length());
        return close.lookingAt() ? close.end() : -1;
    }

    /** A named prefix currency (人民币5000亿元) beats the bare 元 after it; otherwise the suffix decides. */
    private String code(String pre, String suf) {
        if (suf == null) {
            return prefixes.get(pre);
        } else if (pre != null && suffixes.get(suf).equals(LOCAL)) {
            return prefixes.get(pre);
        }
        return suffixes.get(suf);
    }

    /** The bare 元's currency: the region's own. */
    private static String local(Region region) {
        return switch (region) {
            case HONG_KONG -> "HKD";
            case TAIWAN -> "TWD";
            case MAINLAND, OTHER -> "CNY";
        };
    }
}
