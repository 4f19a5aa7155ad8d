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
 * Export controls and sanctions: a cue (出口管制, 实体清单, 制裁, 不可靠实体清单, 禁止…出口, 冻结…资产) that someone takes
 * (an act word before it: 实施, 列入, 扩大, 对X…; or 生效 after it). One fact per kind per sentence, its span the
 * clause holding the cue; the value is null. Roles:
 * <ul>
 *   <li>对X实施出口管制, 对X的稀土出口管制: the phrase after the marker names the target country ({@link TariffRoles}
 *       reads it as for tariffs), then named firms or persons ({@code affected_entities}) and, for export controls, the
 *       goods;</li>
 *   <li>将X、Y列入实体清单: X and Y are the listed entities (or 12家中国企业: no name, the country China); every
 *       addition to or removal from a list of parties is a sanction carrying the list's code ({@code list}); X被列入…
 *       and X遭美国制裁 read the parties before the passive word and the imposer after it;</li>
 *   <li>a licensing policy (须申请许可, 原则上不予许可) is read by {@link ExportLicences}; names by {@link ListedParties};</li>
 *   <li>制裁X: the object after a verb cue, itself the act when a party acts before it and its object names a party
 *       (美国财政部制裁了一家香港公司); 禁止X对美国出口 and 冻结X资产: the words between the pair; 禁止向X供应Y: a verb of
 *       supplying closes an export-ban pair when a country is named before it;</li>
 *   <li>a review or licence regime (推定拒绝, 逐案审查, 纳入许可证管理) is an export control only when it names someone or
 *       something; a blacklist is a sanctions list only when a government puts parties on it;</li>
 *   <li>a relative clause before the object's head (为伊朗运送石油的香港公司) leaves the head's country as the target;</li>
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
    private static final String ALL = "all";
    /** Quotation marks around a list's name, paired by position: 「…」, “…”, 『…』. */
    private static final String OPENING_QUOTES = "「“『";
    private static final String CLOSING_QUOTES = "」”』";
    /** 从 before a list: 将X从不可靠实体清单中移出. */
    private static final String FROM_LIST = "从";
    /** Where the goods opening a clause end: a date (自9月1日起) or a time word. */
    private static final String TOPIC_ENDS = "自从于";
    /** Adverbs between a listed party and a passive word: 华为已被…列入. */
    private static final String PASSIVE_ADVERBS = "已经均都也再曾";

    private final TradeMeasureWords words;
    private final TariffRoleWords roleWords;
    private final TariffRoles roles;
    private final EntityFinder entities;
    private final ListedParties listedParties;
    private final ExportLicences licences;
    private final List<StartScan> patterns;
    /** First word → its pairs (禁止…出口 an export ban, 禁止…入境 an entry ban), in the resource's order. */
    private final Map<String, List<TradeMeasureWords.Pair>> pairs = new LinkedHashMap<>();

    TradeMeasureExtractor(TradeMeasureWords words, TariffRoleWords roleWords, EntityFinder entities, int window) {
        this.words = words;
        this.roleWords = roleWords;
        this.entities = entities;
        // Trailing act verbs close the marker phrase (对美国实施 → 美国), as a tariff word closes a tariff's.
        this.roles = new TariffRoles(roleWords, entities, Pattern.compile(Alternation.of(words.acts)), window);
        this.listedParties = new ListedParties(words, roles, entities);
        this.licences = new ExportLicences(words, roleWords, roles, this::goods);
        for (TradeMeasureWords.Pair pair : words.pairs) {
            pairs.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair);
        }
        List<String> starts = new ArrayList<>(words.cues.keySet());
        starts.addAll(pairs.keySet());
        starts.addAll(words.licenceCues);
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
        if (!words.cues.containsKey(cue) && !pairs.containsKey(cue)) {
            int sentenceEnd = Math.min(sentences.endFrom(cueEnd), cueEnd + CLAUSE_REACH);
            return licence(text, cueStart, cueEnd, sentenceStart, sentenceEnd, clauses, region);
        }
        TradeMeasureWords.Pair pair = words.cues.containsKey(cue) ? null
                : pairAt(text, pairs.get(cue), cueEnd, clauseEnd);
        String list = words.lists.get(cue);
        FactKind kind;
        int end = cueEnd;
        int objectStart;
        int objectEnd;
        boolean taken;
        if (pair != null) {
            int second = text.substring(cueEnd, Math.min(clauseEnd, cueEnd + REACH + pair.second().length()))
                    .indexOf(pair.second());
            second = second < 0 ? -1 : cueEnd + second;
            int secondEnd = second < 0 ? -1 : second + pair.second().length();
            if (second < 0 && pair.kind() == FactKind.EXPORT_CONTROL) {
                // 禁止向俄罗斯出售X, 只可向中国交付Y: a verb of supplying with a country named before it.
                int[] supply = supplyTo(text, clauseStart, cueEnd, clauseEnd, region);
                if (supply != null) {
                    return supplyBan(text, clauseStart, sentenceStart, cueStart, supply, clauseEnd, region);
                }
            }
            if (second < 0) {
                return Optional.empty();
            }
            kind = pair.kind();
            end = secondEnd;
            objectStart = cueEnd;
            objectEnd = second;
            taken = true; // 禁止, 冻结 are themselves what someone does
        } else {
            kind = words.cues.get(cue);
            objectStart = -1;
            objectEnd = -1;
            taken = actBefore(text, Math.max(clauseStart, cueStart - REACH), cueStart)
                    // 光刻胶须逐笔获得个别许可: a modal before a regime cue makes it a requirement
                    || words.needsObject.contains(cue) && modalBefore(text, clauseStart, cueStart)
                    || actAfter(text, cueEnd, clauseEnd)
                    || passiveBefore(text, clauseStart, cueStart) >= 0 // X等多家企业遭美国制裁
                    || actsOnParty(text, cue, sentenceStart, cueStart, cueEnd, clauseEnd, region);
        }
        if (!taken) {
            return Optional.empty(); // 出口管制难以阻止…: talk of a kind of measure, not one taken
        }
        if (words.listingOnly.contains(cue) && listVerbBefore(text, clauseStart, cueStart) < 0
                && !(listVerbAfter(text, cueEnd, clauseEnd) && text.lastIndexOf(FROM_LIST, cueStart) >= clauseStart)) {
            return Optional.empty(); // 公布消费纠纷黑名单: nobody is put on a list of parties
        }
        String target = null;
        List<String> listed = new ArrayList<>();
        String goods = null;
        int actorEnd = cueStart;
        int listVerb = listVerbBefore(text, clauseStart, cueStart);
        int marker = markerBefore(text, clauseStart, cueStart);
        int passive = passiveBefore(text, clauseStart, listVerb >= 0 ? listVerb : cueStart);
        if (pair != null) {
            // 禁止两用物项对美国军事用户出口: goods before the marker, the target after it.
            int markerInPair = markerBefore(text, objectStart, objectEnd);
            int goodsEnd = markerInPair >= 0 ? markerInPair : objectEnd;
            goods = kind == FactKind.EXPORT_CONTROL ? goods(text, objectStart, goodsEnd, region) : null;
            target = (String) targets(text, markerInPair >= 0 ? markerEnd(text, markerInPair) : objectStart,
                    objectEnd, region, listed)[0];
            if (goods == null && kind == FactKind.EXPORT_CONTROL) {
                goods = goods(text, end, clauseEnd, region); // 禁止向美国出口军民两用物项: the goods follow 出口
            }
        } else if (passive >= 0) {
            // 长江存储、中芯国际等企业被列入实体清单; 华为已被美国商务部列入…; X等多家企业遭美国制裁
            target = (String) targets(text, clauseStart, trimAdverbs(text, clauseStart, passive), region, listed)[0];
            String by = roles.subjectBefore(text, passive, listVerb >= 0 ? listVerb : cueStart, region, target);
            if (by != null) {
                return Optional.of(fact(text, kind, clauseStart, end, by, target, listed, null, list));
            }
            actorEnd = clauseStart;
        } else if (listVerb >= 0) {
            // 将中芯国际等12家中国企业列入实体清单
            int disposal = disposalBefore(text, clauseStart, listVerb);
            if (disposal >= 0) {
                Object[] object = targets(text, disposal + 1, listVerb, region, listed);
                target = (String) object[0];
                // 将高带宽存储芯片纳入许可证管理: goods brought under a control regime
                goods = kind == FactKind.EXPORT_CONTROL && listed.isEmpty() ? (String) object[1] : null;
                actorEnd = disposal;
            }
        } else if (listVerbAfter(text, cueEnd, clauseEnd) && text.lastIndexOf(FROM_LIST, cueStart) >= clauseStart) {
            // 将美国伊鲁米那公司从不可靠实体清单中移出
            int from = text.lastIndexOf(FROM_LIST, cueStart);
            int disposal = disposalBefore(text, clauseStart, from);
            if (disposal >= 0) {
                target = (String) targets(text, disposal + 1, from, region, listed)[0];
                actorEnd = disposal;
            }
        } else if (marker >= 0) {
            int objectFrom = markerEnd(text, marker);
            ExportLicences.Reading destination = kind == FactKind.EXPORT_CONTROL
                    ? licences.destination(text, marker, trimEnd(text, objectFrom, cueStart), region) : null;
            if (destination != null) {
                // 对向美国出口的锂电池实施出口管制: the destination is the target, the party before 对 imposes.
                String imposer = roles.subjectBefore(text, sentenceStart, marker, region, destination.target());
                return Optional.of(fact(text, kind, clauseStart, end, imposer, destination.target(), listed,
                        destination.goods(), list));
            }
            Object[] object = targets(text, objectFrom, cueStart, region, listed);
            // 对参与向台湾出售武器的美国企业…: the head after a relative clause is the target; the tariff roles'
            // export frame (向台湾出售) would read the clause's destination as the imposer.
            TariffRoles.Roles read = headAfterClause(text, objectFrom, cueStart, region) != null
                    ? new TariffRoles.Roles(null, null, null)
                    : roles.read(text, sentenceStart, cueStart, cueStart, region);
            target = read.target() != null ? read.target() : (String) object[0];
            if (kind == FactKind.EXPORT_CONTROL && listed.isEmpty()) {
                goods = (String) object[1];
            }
            actorEnd = marker;
            if (read.imposer() != null && !read.imposer().equals(target)) {
                return Optional.of(fact(text, kind, clauseStart, end, read.imposer(), target, listed, goods, list));
            }
        } else if (words.objectCues.contains(cue)) {
            // 宣布制裁6名香港官员
            target = (String) targets(text, cueEnd, clauseEnd, region, listed)[0];
        } else if (kind == FactKind.EXPORT_CONTROL) {
            // 部分无人机及其零部件自9月1日起实施出口管制: the clause opens with the goods.
            goods = topicGoods(text, clauseStart, cueStart, region);
        }
        if (kind == FactKind.EXPORT_CONTROL && target == null && listed.isEmpty()) {
            // 将先进AI芯片纳入许可管制，销往中国须事先申请: the destination stated in a later clause
            target = laterDestination(text, clauseEnd, Math.min(sentences.endFrom(cueEnd), clauseEnd + CLAUSE_REACH),
                    region);
        }
        String imposer = roles.subjectBefore(text, sentenceStart, actorEnd, region, ALL.equals(target) ? null : target);
        if (words.needsObject.contains(cue) && imposer == null && target == null && listed.isEmpty() && goods == null) {
            return Optional.empty(); // 企业须按规定实施许可管理: a regime named, nobody imposing it on anyone or anything
        }
        if (words.listingOnly.contains(cue) && imposer == null) {
            return Optional.empty(); // 平台将多家商户列入黑名单: a blacklist of no government
        }
        return Optional.of(fact(text, kind, clauseStart, end, imposer, target, listed, goods, list));
    }

    /** An export-licensing policy (须申请许可, 原则上不予许可, 通用许可), a measure only with an export word in its clause. */
    private Optional<Fact> licence(String text, int cueStart, int cueEnd, int sentenceStart, int sentenceEnd,
                                   Breaks clauses, Region region) {
        int clauseStart = Math.max(clauses.startBefore(cueStart), cueStart - CLAUSE_REACH);
        if (applied(text, clauseStart, cueStart)) {
            return Optional.empty(); // 该公司已向商务部申请…出口许可证: an application under way, not a policy
        }
        Optional<Fact> regions = licensedRegions(text, clauseStart, sentenceStart, cueStart, cueEnd, region);
        if (regions.isPresent()) {
            return regions;
        }
        ExportLicences.Reading read = licences.read(text, cueStart, cueEnd, sentenceEnd, clauses, region);
        if (read == null) {
            return Optional.empty();
        }
        int end = Math.max(cueEnd, Math.min(clauses.endFrom(cueEnd), read.end()));
        String imposer = roles.subjectBefore(text, sentenceStart, Math.max(sentenceStart, read.actorEnd()), region,
                read.target());
        return Optional.of(fact(text, FactKind.EXPORT_CONTROL, clauseStart, end, imposer, read.target(), List.of(),
                read.goods(), null));
    }

    /**
     * Parties or goods put under a licence requirement by a list verb (将中国大陆列入须申请许可证的地区, 将另外40个国家新增至
     * 高阶AI芯片须申请许可的范围): the listed object names the target, the words between the verb and the modal the goods.
     * Empty when no list verb and disposal stand before the cue in its clause, or no party imposes it.
     */
    private Optional<Fact> licensedRegions(String text, int clauseStart, int sentenceStart, int cueStart, int cueEnd,
                                           Region region) {
        int listVerb = -1;
        for (int at = cueStart - 1; at >= clauseStart && listVerb < 0; at--) {
            listVerb = TariffRoleWords.at(text, at, words.listVerbs) != null ? at : -1;
        }
        int disposal = listVerb < 0 ? -1 : disposalBefore(text, clauseStart, listVerb);
        if (disposal < 0) {
            return Optional.empty();
        }
        List<String> listed = new ArrayList<>();
        String target = (String) targets(text, disposal + 1, listVerb, region, listed)[0];
        int goodsFrom = listVerb + TariffRoleWords.at(text, listVerb, words.listVerbs).length();
        int goodsEnd = goodsFrom;
        while (goodsEnd < cueStart && TariffRoleWords.at(text, goodsEnd, words.licenceStops) == null) {
            goodsEnd++;
        }
        String goods = goods(text, goodsFrom, goodsEnd, region);
        String imposer = roles.subjectBefore(text, sentenceStart, disposal, region, target);
        if (imposer == null) {
            return Optional.empty();
        }
        return Optional.of(fact(text, FactKind.EXPORT_CONTROL, clauseStart, cueEnd, imposer, target, listed, goods,
                null));
    }

    /** Whether a word saying a firm applied for a licence (已向, 正在申请) stands before the cue in its clause. */
    private boolean applied(String text, int clauseStart, int cueStart) {
        for (int at = clauseStart; at < cueStart; at++) {
            if (TariffRoleWords.at(text, at, words.applied) != null) {
                return true;
            }
        }
        return false;
    }

    /** The goods opening a clause before its cue, up to a date (自, 从) or act word; null when a party is named. */
    private String topicGoods(String text, int from, int to, Region region) {
        int end = from;
        while (end < to && TOPIC_ENDS.indexOf(text.charAt(end)) < 0 && TariffRoleWords.at(text, end, words.acts) == null
                && !modalAt(text, end)) {
            end++;
        }
        if (!roles.partiesIn(text, region, from, end).isEmpty()) {
            return null;
        }
        return goods(text, from, end, region);
    }

    /**
     * The country of the head of an object phrase that opens with a relative clause naming another party: 为伊朗运送石油的
     * 香港公司 → Hong Kong, 曾向俄罗斯军方供应电子元件的香港贸易公司华联电子 → Hong Kong; null when no party follows the
     * clause's last 的 or none precedes it.
     */
    private String headAfterClause(String text, int from, int to, Region region) {
        int link = text.lastIndexOf('的', to - 1);
        if (link < from) {
            return null;
        }
        boolean before = false;
        for (TariffRoles.Named party : roles.partiesIn(text, region, from, to)) {
            if (party.end() <= link) {
                before = true;
            } else if (party.start() > link && before
                    && !listedParties.inName(text, party.start(), party.end(), from, to)) {
                return party.country();
            }
        }
        return null;
    }

    /**
     * Whether a bare verb cue is itself the act (美国财政部制裁了一家香港公司): a party acts before it in its sentence
     * and its object names a party (a country, or firms of one). 制裁俄罗斯的效果 has no actor; 制裁从来不是… no object.
     */
    private boolean actsOnParty(String text, String cue, int sentenceStart, int cueStart, int cueEnd, int clauseEnd,
                                Region region) {
        if (!words.objectCues.contains(cue) || roles.subjectBefore(text, sentenceStart, cueStart, region, null) == null) {
            return false;
        }
        int last = cueStart;
        while (last > sentenceStart && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        if (last > sentenceStart && CLAUSE_BREAKS.indexOf(text.charAt(last - 1)) >= 0) {
            return false; // …，制裁从来不是: the cue opens its clause as a noun
        }
        if (roles.partiesIn(text, region, cueEnd, clauseEnd).isEmpty()) {
            return false;
        }
        // 制裁俄罗斯的效果: after its last 的 the object phrase must still name a party or a firm, body or person.
        int link = text.lastIndexOf('的', clauseEnd - 1);
        if (link < cueEnd) {
            return true;
        }
        int headEnd = link + 1;
        while (headEnd < clauseEnd && CLAUSE_BREAKS.indexOf(text.charAt(headEnd)) < 0
                && TariffRoleWords.at(text, headEnd, words.acts) == null) {
            headEnd++;
        }
        return !roles.partiesIn(text, region, link + 1, headEnd).isEmpty()
                || endsWithAny(text, link + 1, headEnd, words.descriptors)
                || endsWithAny(text, link + 1, headEnd, words.orgSuffixes)
                || TariffRoleWords.at(text, link + 1, words.descriptors) != null;
    }

    private static boolean endsWithAny(String text, int from, int to, List<String> list) {
        return to > from && TradeMeasureWords.endingAt(text.substring(from, to), to - from, list) != null;
    }

    /**
     * {marker, marker end, end of the marker phrase, supply word start, supply word end} of a supplying verb in
     * {@code text[from, to)} with a country named after a marker before it (or before the cue, in its clause), or null.
     */
    private int[] supplyTo(String text, int clauseStart, int from, int to, Region region) {
        for (int at = from; at < Math.min(to, from + REACH); at++) {
            String supply = TariffRoleWords.at(text, at, words.supplyWords);
            if (supply == null) {
                continue;
            }
            int marker = markerBefore(text, from, at);
            int objectEnd = at;
            if (marker < 0) {
                // 对中国大陆客户仅可提供…: the marker phrase stands before the modal
                marker = markerBefore(text, clauseStart, from);
                objectEnd = from;
            }
            if (marker < 0) {
                return null;
            }
            int objectFrom = markerEnd(text, marker);
            if (roles.namedAt(text, region, objectFrom, objectEnd) == null) {
                return null; // 禁止向未成年人销售: no country
            }
            return new int[] {marker, objectFrom, objectEnd, at, at + supply.length()};
        }
        return null;
    }

    /**
     * An export ban read as 禁止[X]向Y供应Z: Y the target, Z the goods, the party before the cue the imposer; none when no
     * party imposes it.
     */
    private Optional<Fact> supplyBan(String text, int clauseStart, int sentenceStart, int cueStart, int[] supply, int clauseEnd,
                           Region region) {
        List<String> listed = new ArrayList<>();
        String target = (String) targets(text, supply[1], supply[2], region, listed)[0];
        // 28纳米或以上制程的光刻机: the goods are the head after the last 的
        int link = text.lastIndexOf('的', clauseEnd - 2);
        String goods = goods(text, link > supply[4] ? link + 1 : supply[4], clauseEnd, region);
        String imposer = roles.subjectBefore(text, sentenceStart, Math.min(cueStart, supply[0]), region, target);
        if (imposer == null) {
            return Optional.empty(); // 业者只能向中国出售库存: a trader's constraint, no government's ban
        }
        return Optional.of(fact(text, FactKind.EXPORT_CONTROL, clauseStart, supply[4], imposer, target, List.of(), goods,
                null));
    }

    /** The pair whose second word follows within reach in the clause, else the first (an export ban's supply path). */
    private static TradeMeasureWords.Pair pairAt(String text, List<TradeMeasureWords.Pair> candidates, int cueEnd,
                                                 int clauseEnd) {
        String after = text.substring(cueEnd, Math.min(clauseEnd, cueEnd + REACH + 2));
        for (TradeMeasureWords.Pair candidate : candidates) {
            if (after.contains(candidate.second())) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    /** Whether a modal licence stop (须, 需, 必须) stands in {@code text[from, to)}. */
    private boolean modalBefore(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (modalAt(text, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a modal licence stop (须, 需, 应; not 的) stands at {@code at}: 企业须按规定… ends its topic there. */
    private boolean modalAt(String text, int at) {
        String stop = TariffRoleWords.at(text, at, words.licenceStops);
        return stop != null && !stop.equals("的");
    }

    /** The country right after an export word (销往中国, 出口至美国) in {@code text[from, to)}, or null. */
    private String laterDestination(String text, int from, int to, Region region) {
        for (int at = from; at < to; at++) {
            String export = TariffRoleWords.at(text, at, words.exportWords);
            if (export == null) {
                continue;
            }
            int after = at + export.length();
            String destination = TariffRoleWords.at(text, after, words.destinations);
            TariffRoles.Named party = roles.namedAt(text, region,
                    after + (destination != null ? destination.length() : 0), to);
            if (party != null) {
                return party.country();
            }
        }
        return null;
    }

    /** Past further parties joined to the one ending at {@code at}: 俄罗斯及白俄罗斯 → after 白俄罗斯. */
    private int afterJoinedParties(String text, int at, int to, Region region) {
        while (at < to) {
            String joiner = TariffRoleWords.at(text, at, roleWords.joiners);
            TariffRoles.Named next = joiner == null ? null : roles.namedAt(text, region, at + joiner.length(), to);
            if (next == null) {
                return at;
            }
            at = next.end();
        }
        return at;
    }

    /** {@code to} moved back over adverbs before a passive word: 华为已被 → 华为. */
    private static int trimAdverbs(String text, int from, int to) {
        while (to > from && PASSIVE_ADVERBS.indexOf(text.charAt(to - 1)) >= 0) {
            to--;
        }
        return to;
    }

    /** A passive word (被, 遭) in {@code text[from, to)} with a party named before it, or -1. */
    private int passiveBefore(String text, int from, int to) {
        for (int at = to - 1; at > from; at--) {
            String passive = TariffRoleWords.at(text, at, roleWords.passives);
            if (passive != null && !TariffRoleWords.covered(text, at, roleWords.notPassives)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether a list verb stands right after the cue: 从不可靠实体清单中移出. */
    private boolean listVerbAfter(String text, int from, int to) {
        for (int at = from; at < Math.min(to, from + 3); at++) {
            if (TariffRoleWords.at(text, at, words.listVerbs) != null) {
                return true;
            }
        }
        return false;
    }

    private Fact fact(String text, FactKind kind, int clauseStart, int end, String imposer, String target,
                      List<String> listed, String goods, String list) {
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
        if (list != null) {
            attributes.put("list", list);
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
        String head = headAfterClause(text, from, to, region);
        String target = head;
        List<TariffRoles.Named> parties = roles.partiesIn(text, region, from, to);
        for (TariffRoles.Named party : parties) {
            if (target == null && !listedParties.inName(text, party.start(), party.end(), from, to)) {
                target = party.country();
                break;
            }
        }
        TariffRoles.Named leading = listedParties.leadingParty(text, region, from, to);
        int rest = leading != null ? skipLink(text, afterJoinedParties(text, leading.end(), to, region), to) : from;
        if (leading != null && head == null) {
            target = leading.country(); // 台湾出售武器的美国企业: a party opening a relative clause is not the head
        }
        listedParties.find(text, from, to, region, listed);
        return new Object[] {target, listed.isEmpty() ? goods(text, rest, to, region) : null};
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
            for (List<String> lead : List.of(words.acts, words.descriptors, words.goodsPrefixes, words.supplyWords)) {
                String word = TariffRoleWords.at(text, from, lead);
                if (word != null && from + word.length() < to) {
                    from += word.length();
                }
            }
            moved = from != before;
        }
        if (from >= to || to - from > GOODS_MAX || roles.namedAt(text, region, from, to) != null
                || words.goodsPrefixes.contains(text.substring(from, to))) {
            return null; // 多项许可例外: a lone modifier names no goods
        }
        String relief = TradeMeasureWords.endingAt(text, to, words.revokes);
        if (relief != null && to - relief.length() > from) {
            to -= relief.length(); // 先进芯片许可 → 先进芯片: the licence is not the goods
        }
        String goods = text.substring(from, to);
        if (goods.codePoints().noneMatch(Character::isLetterOrDigit) || licenceWordIn(goods)
                || words.dateNow.contains(goods)) {
            return null; // “推定拒绝”: a quotation mark; 涉及华为的许可证申请: an application, not goods
        }
        if (listedParties.counted(goods) || TradeMeasureWords.endingAt(goods, goods.length(), words.descriptors) != null) {
            return null;
        }
        return goods;
    }

    private boolean licenceWordIn(String phrase) {
        for (String cue : words.licenceCues) {
            if (phrase.contains(cue)) {
                return true;
            }
        }
        return false;
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

    /**
     * The last list verb (列入, 移出) in {@code text[from, to)} close before the cue, or -1. A cue opening with a closing
     * quote (列入「台独打手」清单) is read from its opening quote.
     */
    private int listVerbBefore(String text, int from, int to) {
        if (to < text.length() && CLOSING_QUOTES.indexOf(text.charAt(to)) >= 0) {
            int open = text.lastIndexOf(OPENING_QUOTES.charAt(CLOSING_QUOTES.indexOf(text.charAt(to))), to);
            to = open >= from ? open : to;
        }
        for (int at = to - 1; at >= Math.max(from, to - 6); at--) {
            if (TariffRoleWords.at(text, at, words.listVerbs) != null) {
                return at;
            }
        }
        return -1;
    }

    private int markerBefore(String text, int from, int to) {
        return roleWords.strongMarkerBefore(text, from, to);
    }

    private int markerEnd(String text, int marker) {
        return roleWords.markerEnd(text, marker);
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

    /**
     * The firm a tariff names before its rate or levy verb (美国陶氏化学公司的反倾销税率为254.4%, 台湾厂商中钢适用的…税率,
     * 对比亚迪征收17%的反补贴税): the phrase from its clause's start (or its marker) up to a 的 or duty modifier lists
     * the firms ({@code affected_entities}); a country named before them is the target and the party before the phrase
     * the imposer, where the tariff's roles left them open. The goods are then none: the rate is the firm's.
     */
    void tariffFirms(String text, int sentenceStart, int factStart, Map<String, Object> attributes, Region region) {
        if (attributes.containsKey("affected_entities")) {
            return;
        }
        int from = factStart;
        while (from > Math.max(sentenceStart, factStart - CLAUSE_REACH) && CLAUSE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int marker = markerBefore(text, from, factStart);
        if (marker >= 0) {
            from = markerEnd(text, marker);
        }
        int to = from;
        while (to < factStart && text.charAt(to) != '的'
                && TariffRoleWords.at(text, to, roleWords.dutyModifiers) == null) {
            to++;
        }
        if (marker < 0 && to == factStart) {
            return; // 商务部决定延长…: the clause's subject, not the possessor of a rate
        }
        List<String> listed = new ArrayList<>();
        listedParties.find(text, from, to, region, listed);
        TariffRoles.Named leading = listed.isEmpty() && marker < 0 && !attributes.containsKey("goods")
                && dutyBetween(text, to, factStart) ? listedParties.leadingParty(text, region, from, to) : null;
        if (leading != null && to - leading.end() >= 2 && to - leading.end() <= 8
                && text.substring(leading.end(), to).codePoints().allMatch(Character::isIdeographic)
                && roles.partiesIn(text, region, leading.end(), to).isEmpty()
                && TariffRoleWords.at(text, leading.end(), roleWords.joiners) == null) {
            listed.add(text.substring(leading.end(), to)); // 韩国乐天化学的反倾销税率: a country, then a firm's bare name
        }
        Object goods = attributes.get("goods");
        if (listed.isEmpty() || goods instanceof String g && listed.stream().noneMatch(g::contains)) {
            return; // goods of their own: the phrase names what is taxed, not whose rate it is
        }
        attributes.put("affected_entities", List.copyOf(listed));
        attributes.remove("goods");
        String target = null;
        for (TariffRoles.Named party : roles.partiesIn(text, region, from, to)) {
            if (!listedParties.inName(text, party.start(), party.end(), from, to)) {
                target = party.country();
                break;
            }
        }
        if (target != null && !attributes.containsKey("affected_country")) {
            name(target).ifPresent(n -> attributes.put("affected_country", n));
        }
        if (!attributes.containsKey("imposing_country")) {
            name(roles.subjectBefore(text, sentenceStart, marker >= 0 ? marker : from, region, target))
                    .ifPresent(n -> attributes.put("imposing_country", n));
        }
    }

    /** Whether a duty (关税, 反倾销税) is named in {@code text[from, to)}: the phrase before it is the rate's possessor. */
    private boolean dutyBetween(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (TariffRoleWords.at(text, at, words.tariffNouns) != null) {
                return true;
            }
        }
        return false;
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
