package io.sinoscope.text.fact;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
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
 * Export controls and sanctions: a cue (出口管制, 实体清单, 制裁, 不可靠实体清单, 禁止…出口, 冻结…资产) that someone takes
 * (an act word before it: 实施, 列入, 扩大, 对X…; or 生效 after it). One fact per kind per sentence, its span the
 * clause holding the cue; the value is null. Roles:
 * <ul>
 *   <li>对X实施出口管制, 对X的稀土出口管制: the phrase after the marker names the target country ({@link TariffRoles}
 *       reads it as for tariffs), then named firms or persons ({@code affected_entities}) and, for export controls, the
 *       goods;</li>
 *   <li>将X、Y列入实体清单: X and Y are the listed entities (or 12家中国企业: no name, the country China);</li>
 *   <li>制裁X: the object after a verb cue; 禁止X对美国出口 and 冻结X资产: the words between the pair;</li>
 *   <li>the imposer is the party acting before the marker or cue (美国商务部, 商务部 by the region's press, 陆方);
 *       所有国家, 全球 as the object make the target {@code all}.</li>
 * </ul>
 * Whether the sentence only talks about a measure, its status and effective date are read afterwards, for tariffs
 * too, by {@link MeasureSetting} and {@link EffectiveDates}.
 */
final class TradeMeasureExtractor {

    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAKS = "，,：:。；;！？!?\n";
    /** How far before a cue its act verb or pair's first word may stand; a clause of a news sentence is shorter. */
    private static final int REACH = 30;
    /** How much of a clause before and after a cue is read. */
    private static final int CLAUSE_REACH = 60;
    private static final int GOODS_MAX = 16;
    private static final int ENTITY_MAX = 24;
    private static final String ALL = "all";
    /** Words between listed targets: 华为及中芯国际, 甲、乙和丙. */
    private static final Pattern JOINERS = Pattern.compile("、|以及|及|和|与|或|,|，");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 .&-]*");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９一二三四五六七八九十两几多数百千]");

    private final TradeMeasureWords words;
    private final TariffRoleWords roleWords;
    private final TariffRoles roles;
    private final EntityFinder entities;
    private final List<StartScan> patterns;
    private final Map<String, TradeMeasureWords.Pair> pairs = new LinkedHashMap<>();

    TradeMeasureExtractor(TradeMeasureWords words, TariffRoleWords roleWords, EntityFinder entities, int window) {
        this.words = words;
        this.roleWords = roleWords;
        this.entities = entities;
        // Trailing act verbs close the marker phrase (对美国实施 → 美国), as a tariff word closes a tariff's.
        this.roles = new TariffRoles(roleWords, entities, Pattern.compile(Alternation.of(words.acts)), window);
        for (TradeMeasureWords.Pair pair : words.pairs) {
            pairs.put(pair.first(), pair);
        }
        List<String> starts = new ArrayList<>(words.cues.keySet());
        starts.addAll(pairs.keySet());
        this.patterns = List.of(new StartScan(Pattern.compile("(?<cue>" + Alternation.of(starts) + ")")));
    }

    static TradeMeasureExtractor fromResources(EntityFinder entities, int window) {
        return new TradeMeasureExtractor(TradeMeasureWords.fromResources(), TariffRoleWords.fromResources(), entities,
                window);
    }

    List<StartScan> patterns() {
        return patterns;
    }

    List<Fact> extract(String text, Region region) {
        return extract(StartScans.everywhere(text), region);
    }

    List<Fact> extract(StartScans.Starts starts, Region region) {
        String text = starts.text();
        List<Fact> facts = new ArrayList<>();
        Breaks sentences = null;
        Breaks clauses = null;
        Set<Long> done = new HashSet<>();
        int lastEnd = -1;
        for (StartScan pattern : patterns) {
            StartScan.Scan scan = pattern.scan(starts);
            Matcher m = scan.matcher();
            while (scan.find()) {
                if (m.start() < lastEnd) {
                    continue; // 实体清单 inside 不可靠实体清单
                }
                if (sentences == null) {
                    sentences = Breaks.of(text, SENTENCE_BREAKS);
                    clauses = Breaks.of(text, CLAUSE_BREAKS);
                }
                Optional<Fact> fact = measure(text, m.group("cue"), m.start(), m.end(), sentences, clauses, region);
                if (fact.isEmpty()) {
                    continue;
                }
                lastEnd = m.end();
                long key = (long) sentences.startBefore(m.start()) << 2 | fact.get().kind().ordinal() & 3;
                if (done.add(key)) {
                    facts.add(fact.get());
                }
            }
        }
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    private Optional<Fact> measure(String text, String cue, int cueStart, int cueEnd, Breaks sentences, Breaks clauses,
                                   Region region) {
        int sentenceStart = sentences.startBefore(cueStart);
        // A clause is read only within reach of the cue, so a text of one endless clause costs the same per cue.
        int clauseStart = Math.max(clauses.startBefore(cueStart), cueStart - CLAUSE_REACH);
        int clauseEnd = Math.min(clauses.endFrom(cueEnd), cueEnd + CLAUSE_REACH);
        TradeMeasureWords.Pair pair = words.cues.containsKey(cue) ? null : pairs.get(cue);
        FactKind kind;
        int end = cueEnd;
        int objectStart;
        int objectEnd;
        boolean taken;
        if (pair != null) {
            int second = text.substring(cueEnd, Math.min(clauseEnd, cueEnd + REACH + pair.second().length()))
                    .indexOf(pair.second());
            second = second < 0 ? -1 : cueEnd + second;
            if (second < 0) {
                return Optional.empty();
            }
            kind = pair.kind();
            end = second + pair.second().length();
            objectStart = cueEnd;
            objectEnd = second;
            taken = true; // 禁止, 冻结 are themselves what someone does
        } else {
            kind = words.cues.get(cue);
            objectStart = -1;
            objectEnd = -1;
            taken = actBefore(text, Math.max(clauseStart, cueStart - REACH), cueStart)
                    || actAfter(text, cueEnd, clauseEnd);
        }
        if (!taken) {
            return Optional.empty(); // 出口管制难以阻止…: talk of a kind of measure, not one taken
        }
        String target = null;
        List<String> listed = new ArrayList<>();
        String goods = null;
        int actorEnd = cueStart;
        int listVerb = listVerbBefore(text, clauseStart, cueStart);
        int marker = markerBefore(text, clauseStart, cueStart);
        if (pair != null) {
            // 禁止两用物项对美国军事用户出口: goods before the marker, the target after it.
            int markerInPair = markerBefore(text, objectStart, objectEnd);
            int goodsEnd = markerInPair >= 0 ? markerInPair : objectEnd;
            goods = kind == FactKind.EXPORT_CONTROL ? goods(text, objectStart, goodsEnd, region) : null;
            target = (String) targets(text, markerInPair >= 0 ? markerEnd(text, markerInPair) : objectStart,
                    objectEnd, region, listed)[0];
        } else if (listVerb >= 0) {
            // 将中芯国际等12家中国企业列入实体清单
            int disposal = disposalBefore(text, clauseStart, listVerb);
            if (disposal >= 0) {
                target = (String) targets(text, disposal + 1, listVerb, region, listed)[0];
                actorEnd = disposal;
            }
        } else if (marker >= 0) {
            TariffRoles.Roles read = roles.read(text, sentenceStart, cueStart, cueStart, region);
            Object[] object = targets(text, markerEnd(text, marker), cueStart, region, listed);
            target = read.target() != null ? read.target() : (String) object[0];
            if (kind == FactKind.EXPORT_CONTROL && listed.isEmpty()) {
                goods = (String) object[1];
            }
            actorEnd = marker;
            if (read.imposer() != null && !read.imposer().equals(target)) {
                return Optional.of(fact(text, kind, clauseStart, end, read.imposer(), target, listed, goods));
            }
        } else if (words.objectCues.contains(cue)) {
            // 宣布制裁6名香港官员
            target = (String) targets(text, cueEnd, clauseEnd, region, listed)[0];
        }
        String imposer = roles.subjectBefore(text, sentenceStart, actorEnd, region, ALL.equals(target) ? null : target);
        return Optional.of(fact(text, kind, clauseStart, end, imposer, target, listed, goods));
    }

    private Fact fact(String text, FactKind kind, int clauseStart, int end, String imposer, String target,
                      List<String> listed, String goods) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        int start = clauseStart;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        name(imposer).ifPresent(name -> attributes.put("imposing_country", name));
        if (ALL.equals(target)) {
            attributes.put("affected_country", ALL);
        } else if (target != null && !target.equals(imposer)) {
            name(target).ifPresent(name -> attributes.put("affected_country", name));
        }
        if (!listed.isEmpty()) {
            attributes.put("affected_entities", List.copyOf(listed));
        }
        if (goods != null) {
            attributes.put("goods", goods);
        }
        return new Fact(kind, text.substring(start, end), null, null, null, null, start, end, 0, 0.8, attributes);
    }

    /**
     * Reads an object phrase {@code text[from, to)}: {target country or "all" or null, goods or null}, adding the
     * named entities it lists to {@code listed}.
     */
    private Object[] targets(String text, int from, int to, Region region, List<String> listed) {
        to = trimEnd(text, from, to);
        if (from >= to) {
            return new Object[] {null, null};
        }
        String all = TariffRoleWords.at(text, from, words.all);
        if (all != null) {
            int rest = skipLink(text, from + all.length(), to);
            return new Object[] {ALL, goods(text, rest, to, region)};
        }
        String target = null;
        List<TariffRoles.Named> parties = roles.partiesIn(text, region, from, to);
        for (TariffRoles.Named party : parties) {
            if (!inName(text, party.start(), party.end(), from, to)) {
                target = party.country();
                break;
            }
        }
        TariffRoles.Named leading = leadingParty(text, region, from, to);
        int rest = leading != null ? skipLink(text, leading.end(), to) : from;
        if (leading != null) {
            target = leading.country();
        }
        entitiesIn(text, from, to, region, listed);
        return new Object[] {target, listed.isEmpty() ? goods(text, rest, to, region) : null};
    }

    /** Named firms, persons or bodies the phrase lists: 华为及中芯国际, 军工企业洛克希德·马丁公司; not 12家中国企业. */
    private void entitiesIn(String text, int from, int to, Region region, List<String> listed) {
        int etc = text.substring(from, to).indexOf('等');
        int end = etc >= 0 ? from + etc : to;
        Matcher joiner = JOINERS.matcher(text).region(from, end);
        int partStart = from;
        while (partStart < end) {
            int partEnd = joiner.find() ? joiner.start() : end;
            String named = named(text, partStart, partEnd, region);
            if (named != null && !listed.contains(named)) {
                listed.add(named);
            }
            partStart = partEnd < end ? joiner.end() : end;
        }
    }

    /** The name a part of a target list holds after its country and generic words, or null when it names no one. */
    private String named(String text, int from, int to, Region region) {
        to = trimEnd(text, from, to);
        TariffRoles.Named country = leadingParty(text, region, from, to);
        int at = country != null ? skipLink(text, country.end(), to) : from;
        for (boolean stripped = true; stripped && at < to; ) {
            String descriptor = TariffRoleWords.at(text, at, words.descriptors);
            stripped = descriptor != null && at + descriptor.length() < to;
            at += stripped ? descriptor.length() : 0;
        }
        if (at >= to || to - at > ENTITY_MAX) {
            return null;
        }
        String part = text.substring(at, to);
        if (counted(part) || words.descriptors.contains(part)) {
            return null;
        }
        for (EntityFinder.Hit hit : entities.find(text, at, to)) {
            EntityType type = hit.entity().type();
            if (hit.start() == at && (type == EntityType.ORGANIZATION || type == EntityType.PERSON)) {
                return part;
            }
        }
        if (TradeMeasureWords.endingAt(text, to, words.orgSuffixes) != null && part.length() > 2
                || LATIN_NAME.matcher(part).matches()) {
            return part;
        }
        return null;
    }

    /** The party opening {@code text[from, to)}, unless it is the start of a firm's or person's name (华为: not 华). */
    private TariffRoles.Named leadingParty(String text, Region region, int from, int to) {
        TariffRoles.Named party = roles.namedAt(text, region, from, to);
        return party == null || inName(text, party.start(), party.end(), from, to) ? null : party;
    }

    /** Whether a firm's or person's name in {@code text[from, to)} covers {@code [start, end)} and reaches beyond it. */
    private boolean inName(String text, int start, int end, int from, int to) {
        for (EntityFinder.Hit hit : entities.find(text, from, to)) {
            EntityType type = hit.entity().type();
            if ((type == EntityType.ORGANIZATION || type == EntityType.PERSON) && hit.start() <= start
                    && hit.end() >= end && hit.end() - hit.start() > end - start) {
                return true;
            }
        }
        return false;
    }

    /** 12家中国企业, 多间公司, 6名官员: a number with a measure word names no one. */
    private boolean counted(String part) {
        for (int i = 0; i + 1 < part.length(); i++) {
            if (DIGIT.matcher(part.substring(i, i + 1)).matches()
                    && TariffRoleWords.at(part, i + 1, words.counters) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The goods of {@code text[from, to)}: the object of the last act verb in it (企业实施新的芯片 → 芯片), without a
     * leading descriptor, modifier or 的; null when none is left, it is long, or it only counts firms (3家美国企业).
     */
    private String goods(String text, int from, int to, Region region) {
        to = trimEnd(text, from, to);
        for (int at = to - 1; at > from; at--) {
            String act = TariffRoleWords.at(text, at, words.acts);
            if (act != null && at + act.length() < to && act.length() > 1) {
                from = at + act.length();
                break;
            }
        }
        for (boolean moved = true; moved && from < to; ) {
            int before = from;
            from = skipLink(text, from, to);
            for (List<String> lead : List.of(words.acts, words.descriptors, words.goodsPrefixes)) {
                String word = TariffRoleWords.at(text, from, lead);
                if (word != null && from + word.length() < to) {
                    from += word.length();
                }
            }
            moved = from != before;
        }
        if (from >= to || to - from > GOODS_MAX || roles.namedAt(text, region, from, to) != null) {
            return null;
        }
        String goods = text.substring(from, to);
        if (counted(goods) || TradeMeasureWords.endingAt(goods, goods.length(), words.descriptors) != null) {
            return null;
        }
        return goods;
    }

    /** {@code to} moved back over trailing act verbs, 的 and spaces: 对美国实施 → 美国, 设备的 → 设备. */
    private int trimEnd(String text, int from, int to) {
        boolean moved = true;
        while (moved && to > from) {
            moved = false;
            char last = text.charAt(to - 1);
            if (last == '的' || Character.isWhitespace(last)) {
                to--;
                moved = true;
                continue;
            }
            String act = TradeMeasureWords.endingAt(text, to, words.acts);
            if (act != null && to - act.length() >= from) {
                to -= act.length();
                moved = true;
            }
        }
        return to;
    }

    private static int skipLink(String text, int at, int to) {
        while (at < to && (text.charAt(at) == '的' || Character.isWhitespace(text.charAt(at)))) {
            at++;
        }
        return at;
    }

    private boolean actBefore(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (TariffRoleWords.at(text, at, words.acts) != null) {
                return true;
            }
        }
        return false;
    }

    /** 出口管制已于…正式生效: a word of coming into force after the cue, in its clause. */
    private boolean actAfter(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            String word = TariffRoleWords.at(text, at, words.dateAfter);
            if (word != null && word.length() > 1) {
                return true;
            }
        }
        return false;
    }

    /** The last list verb (列入, 移出) in {@code text[from, to)} close before the cue, or -1. */
    private int listVerbBefore(String text, int from, int to) {
        for (int at = to - 1; at >= Math.max(from, to - 6); at--) {
            if (TariffRoleWords.at(text, at, words.listVerbs) != null) {
                return at;
            }
        }
        return -1;
    }

    /** The last strong marker (对, 针对, 向) in {@code text[from, to)} that opens a phrase, or -1. */
    private int markerBefore(String text, int from, int to) {
        for (int at = to - 1; at >= from; at--) {
            for (Map.Entry<String, Boolean> m : roleWords.markers.entrySet()) {
                if (m.getValue() && text.startsWith(m.getKey(), at) && at + m.getKey().length() < to
                        && !TariffRoleWords.covered(text, at, roleWords.notMarkers)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private int markerEnd(String text, int marker) {
        int best = marker + 1;
        for (String m : roleWords.markers.keySet()) {
            if (text.startsWith(m, marker)) {
                best = Math.max(best, marker + m.length());
            }
        }
        return best;
    }

    /** The last weak marker (将, 把) before a list verb: 将X列入…. */
    private int disposalBefore(String text, int from, int to) {
        for (int at = to - 1; at >= from; at--) {
            for (Map.Entry<String, Boolean> m : roleWords.markers.entrySet()) {
                if (!m.getValue() && text.startsWith(m.getKey(), at)
                        && !TariffRoleWords.covered(text, at, roleWords.notMarkers)) {
                    return at;
                }
            }
        }
        return -1;
    }

    private Optional<String> name(String id) {
        return id == null ? Optional.empty() : entities.byId(id).map(CanonicalEntity::name);
    }

    /** "all" when the phrase opening a tariff's goods says every country (对所有国家的进口商品): target and goods fixed. */
    void everyCountry(Map<String, Object> attributes) {
        if (attributes.get("goods") instanceof String goods) {
            String all = TariffRoleWords.at(goods, 0, words.all);
            if (all != null) {
                attributes.putIfAbsent("affected_country", ALL);
                String rest = goods.substring(all.length()).replaceFirst("^的", "");
                if (rest.isEmpty()) {
                    attributes.remove("goods");
                } else {
                    attributes.put("goods", rest);
                }
            }
        }
    }
}
