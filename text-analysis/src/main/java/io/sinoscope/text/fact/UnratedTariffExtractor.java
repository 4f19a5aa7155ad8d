package io.sinoscope.text.fact;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Region;
import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tariff measures stated without a rate: a duty (关税, 反倾销税, 附加税, 反倾销措施) that someone imposes, suspends,
 * lifts or extends (暂缓对美国大豆加征关税, 取消对原产于澳大利亚的葡萄酒征收的反倾销税, 延长…反倾销措施, 关税获得豁免), or a
 * relief granted or withdrawn (给予零关税待遇, 暂停…关税减让: the direction turns over). A
 * {@code tariff_change} with no value and a {@code direction} of impose, suspend, lift or maintain; roles and goods
 * read by {@link TariffRoles} as for rated changes. A sentence holding a rated change keeps that one only, and a
 * duty naming neither a target nor goods (征收关税导致物价上涨) is talk about tariffs, not a measure. Words from
 * {@link TradeMeasureWords}.
 */
final class UnratedTariffExtractor {

    private static final String CLAUSE = "[^，,。；;！？!?\\n]";
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = "，,。；;！？!?\n";
    /** How far around a duty its clause is read for a rate: a clause of news is shorter; the work stays fixed. */
    private static final int RATE_REACH = 60;
    private static final Pattern RATE = Pattern.compile("[%％]|百分之|个百分点");
    /** Lower than a rated change's: there is no number to anchor the reading. */
    private static final double CONFIDENCE = 0.7;
    /** Goods read between an act's object and its duty are short: 凤梨, 汽车零组件. */
    private static final int GOODS_MAX = 12;

    private final TradeMeasureWords words;
    private final TariffRoles roles;
    private final EntityFinder entities;
    private final List<StartScan> patterns;
    /** The tariff acts, longest first. */
    private final List<String> acts;

    UnratedTariffExtractor(TradeMeasureWords words, TariffRoleWords roleWords, EntityFinder entities, int window) {
        this.words = words;
        this.entities = entities;
        this.acts = words.tariffActs.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> closing = new ArrayList<>(words.tariffNouns);
        closing.addAll(words.tariffActs.keySet());
        closing.addAll(words.tariffActsAfter.keySet()); // 台湾输美汽车零组件获得豁免: the goods end before it
        this.roles = new TariffRoles(roleWords, entities, Pattern.compile(Alternation.of(closing)), window);
        String nouns = Alternation.of(words.tariffNouns);
        this.patterns = List.of(
                new StartScan(Pattern.compile("(?<act>" + Alternation.of(words.tariffActs.keySet()) + ")" + CLAUSE
                        + "{0,24}?(?<noun>" + nouns + ")")),
                new StartScan(Pattern.compile("(?<noun>" + nouns + ")" + CLAUSE + "{0,6}?(?<after>"
                        + Alternation.of(words.tariffActsAfter.keySet()) + ")")));
    }

    List<StartScan> patterns() {
        return patterns;
    }

    /** Unrated tariff measures in {@code starts.text()}, none in a sentence of one of the {@code rated} changes. */
    List<Fact> extract(StartScans.Starts starts, Region region, List<Fact> rated) {
        String text = starts.text();
        List<Fact> facts = new ArrayList<>();
        Breaks sentences = null;
        Set<Integer> done = new HashSet<>();
        for (StartScan pattern : patterns) {
            StartScan.Scan scan = pattern.scan(starts);
            Matcher m = scan.matcher();
            while (scan.find()) {
                if (sentences == null) {
                    sentences = Breaks.of(text, SENTENCE_BREAKS);
                    for (Fact fact : rated) {
                        done.add(sentences.startBefore(fact.start()));
                    }
                }
                int sentenceStart = sentences.startBefore(m.start());
                if (done.contains(sentenceStart) || rated(text, m.start(), m.end())) {
                    continue;
                }
                measure(text, m, sentenceStart, region).ifPresent(fact -> {
                    facts.add(fact);
                    done.add(sentenceStart);
                });
            }
        }
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    /** Whether the clause of {@code text[start, end)} states a rate: 征收的报复性关税税率为25% is no unrated measure. */
    private static boolean rated(String text, int start, int end) {
        int from = start;
        while (from > Math.max(0, start - RATE_REACH) && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < Math.min(text.length(), end + RATE_REACH) && CLAUSE_BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return RATE.matcher(text).region(from, to).find();
    }

    private Optional<Fact> measure(String text, Matcher m, int sentenceStart, Region region) {
        boolean actFirst = m.pattern().pattern().startsWith("(?<act>");
        String direction = actFirst ? words.tariffActs.get(m.group("act")) : words.tariffActsAfter.get(m.group("after"));
        if (words.concessions.contains(m.group("noun"))) {
            direction = overturned(direction);
        }
        TariffRoles.Roles read = roles.read(text, sentenceStart, m.start(), m.start("noun"), region);
        if (read.target() == null && read.goods() == null && actFirst) {
            read = objectOfAct(text, sentenceStart, m.end("act"), m.start("noun"), region);
        }
        if (read.target() == null && read.goods() == null) {
            return Optional.empty();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("direction", direction);
        name(read.imposer()).ifPresent(name -> attributes.put("imposing_country", name));
        name(read.target()).ifPresent(name -> attributes.put("affected_country", name));
        if (read.goods() != null) {
            attributes.put("goods", read.goods());
        }
        attributes.put("duty", m.group("noun"));
        return Optional.of(new Fact(FactKind.TARIFF_CHANGE, text.substring(m.start(), m.end()), null, null, null,
                null, m.start(), m.end(), 0, CONFIDENCE, attributes));
    }

    /**
     * With no marker, the act's own object (给予台湾凤梨零关税待遇, 豁免日本汽车的…关税): a party right after the act is the
     * target, the words after it up to a 的 or the duty the goods, the party acting before the act the imposer.
     */
    private TariffRoles.Roles objectOfAct(String text, int sentenceStart, int actEnd, int nounStart, Region region) {
        for (String act = TariffRoleWords.at(text, actEnd, acts); act != null; act = TariffRoleWords.at(text, actEnd, acts)) {
            actEnd += act.length(); // 暂停给予越南的…关税优惠: the object follows the last act
        }
        TariffRoles.Named party = roles.namedAt(text, region, actEnd, nounStart);
        if (party == null) {
            return new TariffRoles.Roles(null, null, null);
        }
        int goodsEnd = text.indexOf('的', party.end());
        goodsEnd = goodsEnd < 0 || goodsEnd > nounStart ? nounStart : goodsEnd;
        String goods = goodsEnd > party.end() && goodsEnd - party.end() <= GOODS_MAX
                ? text.substring(party.end(), goodsEnd) : null;
        String imposer = roles.subjectBefore(text, sentenceStart, actEnd, region, party.country());
        return new TariffRoles.Roles(imposer, party.country(), goods);
    }

    /**
     * The direction of an act on a relief rather than a duty: granting zero-tariff treatment lifts the duty,
     * suspending or cancelling a concession imposes it again, extending one maintains it.
     */
    private static String overturned(String direction) {
        return switch (direction) {
            case "impose" -> "lift";
            case "suspend", "lift" -> "impose";
            default -> direction;
        };
    }

    private Optional<String> name(String id) {
        return id == null ? Optional.empty() : entities.byId(id).map(CanonicalEntity::name);
    }
}
