package io.sinoscope.text.fact;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Region;
import io.sinoscope.text.number.ChineseNumberParser;
import io.sinoscope.text.number.ParsedNumber;
import io.sinoscope.text.resource.Alternation;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.resource.StartScan;
import io.sinoscope.text.resource.StartScans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Tariff changes: from→to (从50%削减至18%, 由25%降至15%), to only (关税下调至10%, 关税下调10个百分点至47%), imposed
 * (加征10%关税), maintained (维持13%税率), suspended (暂停实施24%的额外关税) and capped (关税上限为15%, direction
 * cap). Cue words and their roles come from resource
 * {@value #RESOURCE}. A from→to pattern only counts in a sentence that mentions a tariff, since the
 * same wording describes share prices and growth rates.
 *
 * <p>Who imposes the change on whom ({@code imposing_country}, {@code affected_country}, the canonical names of
 * gazetteer entities) and the goods are read by {@link TariffRoles}: 对中国商品加征10%关税 → China, 商品; the party
 * named before 对 imposes. Nothing is guessed when the sentence names no party in a role.
 */
public final class TariffChangeExtractor {

    static final String RESOURCE = "tariff-cues-v1.tsv";
    private static final String P = "(?:" + ChineseNumberParser.EXPRESSION + ")\\s?[%％]";
    /** A new rate: a percentage, or a bare zero (降至0, 降至零) which needs no percent sign. */
    private static final String TO = "(?:" + P + "|[0零](?![0-9.．%％]))";
    private static final String CLAUSE = "[^，,。；;！？!?]";
    /** The upper end of a range after its lower rate: 26.2%至75.5%, 12%到30%. */
    private static final String UPPER = "(?:\\s?(?:至|到|-|－|~|～)\\s?(?<upper>" + P + "))?";
    private static final String SENTENCE_BREAKS = "。；;！？!?\n";
    private static final String CLAUSE_BREAK = "，,。；;！？!?\n";
    /** How far before a change its clause is read for another tax's name. */
    private static final int OTHER_TAX_REACH = 30;
    /**
     * How far before a 对/将 marker the imposing country is looked for, and how much of the 对X phrase after it is read
     * for the affected country and the goods. News sentences are far shorter; the bounds keep the work per tariff
     * change fixed in a text of one endless sentence (issue 21), where reading back to the sentence's start made
     * extraction quadratic. Goods are kept only up to 12 characters, so reading 500 of a longer 对X phrase changes
     * nothing unless countries alone fill nearly all of them.
     */
    static final int PARTY_WINDOW = 500;
    /** Words of a decision before a rate stated before its duty: 宣布的10%基准关税. */
    private static final String ANNOUNCED = "宣布|决定|公布|批准|实施|推出";
    /** Words putting a duty stated after its rate in force: 10%的基准关税已上路. */
    private static final String IN_FORCE = "上路|生效|实施|施行|适用|开征|起征";
    /** Compiled once: each was compiled anew for every tariff fact (String.replaceAll/replaceFirst). */
    private static final Pattern PERCENT_SIGN_AT_END = Pattern.compile("\\s?[%％]$");

    private final Map<String, String> cues;
    private final List<StartScan> patterns;
    private final Pattern context;
    /** Rates of other taxes (退税率, 所得税率): a change in their clause is no tariff change. */
    private final Pattern notContext;
    /** Words of a ruling or decision that make a stated rate (税率为25%) a measure rather than a level. */
    private final Pattern ruling;
    private final TariffRoles roles;
    private final EntityFinder entities;

    private TariffChangeExtractor(Map<String, String> cueRoles, EntityFinder entities) {
        this.cues = Map.copyOf(cueRoles);
        this.entities = entities;
        String change = Alternation.of(cues(cueRoles, "down", "up", "change"));
        String directed = Alternation.of(cues(cueRoles, "down", "up"));
        String levy = Alternation.of(cues(cueRoles, "impose", "maintain", "suspend"));
        String maintain = Alternation.of(cues(cueRoles, "maintain"));
        String cap = Alternation.of(cues(cueRoles, "cap"));
        String capAfter = Alternation.of(cues(cueRoles, "cap-after"));
        String tariff = Alternation.of(cues(cueRoles, "context"));
        // A rate's noun: any context word ending in 税率 (反倾销税率, 最惠国税率).
        String rateNoun = Alternation.of(cues(cueRoles, "context").stream().filter(c -> c.endsWith("税率")).toList());
        String rateIs = Alternation.of(cues(cueRoles, "rate-is"));
        String maintainAfter = Alternation.of(cues(cueRoles, "maintain-after"));
        // A duty is a context word ending in 税 (关税, 附加税, 反倾销税; not 税率, which corporate taxes have too).
        String duty = Alternation.of(cues(cueRoles, "context").stream().filter(c -> c.endsWith("税")).toList());
        this.context = Pattern.compile(tariff);
        this.notContext = Pattern.compile(Alternation.of(cues(cueRoles, "not-context")));
        this.ruling = Pattern.compile(Alternation.of(cues(cueRoles, "ruling")));
        // The goods of a marker phrase end at a tariff word or at a levy verb of two characters or more (暂停对美国商品
        // 加征24%关税 → 商品); one-character verbs (降, 增) also start goods' names.
        List<String> closing = new ArrayList<>(cues(cueRoles, "context"));
        cues(cueRoles, "impose", "suspend", "maintain").stream().filter(c -> c.length() > 1).forEach(closing::add);
        this.roles = new TariffRoles(TariffRoleWords.fromResources(), entities, Pattern.compile(Alternation.of(closing)),
                PARTY_WINDOW);
        // Order matters: earlier patterns win where matches overlap.
        this.patterns = Stream.of(
                Pattern.compile("(?:从|由)\\s?(?<from>" + P + ")" + CLAUSE + "{0,10}?(?<verb>" + change + ")(?:至|到|为)\\s?(?<to>" + TO + ")"),
                Pattern.compile(tariff + CLAUSE + "{0,8}?(?<verb>" + directed + ")(?:至|到|为)\\s?(?<to>" + TO + ")"),
                Pattern.compile(tariff + CLAUSE + "{0,8}?(?<verb>" + directed + ")(?<points>" + ChineseNumberParser.EXPRESSION
                        + ")个百分点[，,]?\\s?(?:至|到)\\s?(?<to>" + TO + ")"),
                Pattern.compile(tariff + CLAUSE + "{0,4}?(?<verb>" + maintain + ")在?\\s?(?<to>" + P + ")"),
                // A cap: 关税上限为15%, 关税封顶在15%, 关税以15%为上限.
                Pattern.compile(tariff + CLAUSE + "{0,6}?(?<verb>" + cap + ")\\s?(?<to>" + P + ")"),
                Pattern.compile(tariff + CLAUSE + "{0,4}?以\\s?(?<to>" + P + ")(?<verb>" + capAfter + ")"),
                Pattern.compile("(?<verb>" + levy + ")" + CLAUSE + "{0,12}?(?<to>" + P + ")" + UPPER + CLAUSE + "{0,6}?"
                        + tariff),
                // A rate stated for a duty, a firm or a schedule: 反倾销税率为26.2%至75.5%, 税率介于10%到20%之间.
                Pattern.compile("(?:" + rateNoun + ")" + CLAUSE + "{0,4}?(?<verb>" + rateIs + ")\\s?(?<to>" + P + ")"
                        + UPPER),
                // A rate stated as unchanged after its duty: 对X的100%关税维持不变.
                Pattern.compile("(?<to>" + P + ")的?" + CLAUSE + "{0,4}?(?:" + tariff + ")" + CLAUSE
                        + "{0,4}?(?<verb>" + maintainAfter + ")"),
                // A rate before the duty with no verb, taken only when announced before it (宣布的10%基准关税) or
                // put in force after it (10%的基准关税已于4月5日上路): 面临高达50%的关税 states a level, not a change.
                Pattern.compile("(?:(?<announced>" + ANNOUNCED + ")的)?(?<to>" + P + ")的?" + CLAUSE + "{0,4}?(?:" + duty
                        + ")(?:(?<inForce>" + CLAUSE + "{0,12}?(?:" + IN_FORCE + "))|)")).map(StartScan::new).toList();
    }

    /** Cues from the bundled resource; countries are matched against {@code gazetteer}. */
    public static TariffChangeExtractor fromResources(Gazetteer gazetteer) {
        return fromResources(new EntityFinder(gazetteer));
    }

    static TariffChangeExtractor fromResources(EntityFinder entities) {
        Map<String, String> roles = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 2)) {
            roles.put(row[0], row[1]);
        }
        return new TariffChangeExtractor(roles, entities);
    }

    public List<Fact> extract(String text) {
        return extract(text, Region.OTHER);
    }

    /** Tariff changes in {@code text}, written in {@code region}'s press (whose a bare 商务部 is depends on it). */
    public List<Fact> extract(String text, Region region) {
        return extract(StartScans.everywhere(text), region);
    }

    /** Tariff changes in {@code starts.text()}, visiting only {@code starts}, found for these patterns and maybe others. */
    List<Fact> extract(StartScans.Starts starts, Region region) {
        String text = starts.text();
        List<Fact> facts = new ArrayList<>();
        Spans taken = new Spans();
        // Found once per text on the first candidate: sentence ends, and per sentence whether it
        // mentions a tariff (each sentence searched once, not once per candidate in it).
        Breaks sentences = null;
        Map<Long, Boolean> tariffSentences = new HashMap<>();
        for (StartScan pattern : patterns) {
            StartScan.Scan scan = pattern.scan(starts);
            Matcher m = scan.matcher();
            while (scan.find()) {
                if (group(m, "verb") != null && "rate-is".equals(cues.get(m.group("verb")))
                        && !ruled(text, m.start())) {
                    continue; // 印度征收的报复性关税税率为25%: the level of a duty, stated with no decision
                }
                if (group(m, "to") != null && m.pattern().pattern().contains("(?<inForce>")
                        && group(m, "announced") == null && group(m, "inForce") == null) {
                    continue;
                }
                int start = from(m) != null ? m.start() : group(m, "verb") == null ? m.start("to")
                        : Math.min(m.start("verb"), m.start("to"));
                int end = m.end();
                if (taken.overlapsAny(start, end)) {
                    continue;
                }
                if (sentences == null) {
                    sentences = Breaks.of(text, SENTENCE_BREAKS);
                }
                if (!mentionsTariff(text, sentences.startBefore(start), sentences.endFrom(end), tariffSentences)
                        || otherTax(text, start, end)) {
                    continue;
                }
                Optional<Fact> fact = toFact(text, m, start, end, sentences, region);
                if (fact.isPresent()) {
                    facts.add(fact.get());
                    taken.add(start, end);
                }
            }
        }
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    /** The patterns {@link #extract(StartScans.Starts)} needs positions for. */
    List<StartScan> patterns() {
        return patterns;
    }

    /** Whether {@code text[from, to)} holds a tariff word; each such stretch is searched once per text. */
    private boolean mentionsTariff(String text, int from, int to, Map<Long, Boolean> known) {
        // A region with the default opaque, anchoring bounds matches as the substring did, without copying it.
        return known.computeIfAbsent((long) from << Integer.SIZE | to,
                key -> context.matcher(text).region(from, to).find());
    }

    /** Whether a word of ruling or decision (终裁, 裁定, 宣布, 同意) stands in the sentence before {@code at}. */
    private boolean ruled(String text, int at) {
        int from = at;
        while (from > Math.max(0, at - PARTY_WINDOW) && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return ruling.matcher(text).region(from, at).find();
    }

    /** Whether the clause up to the end of a change names another tax's rate: 出口退税率由13%降至9%. */
    private boolean otherTax(String text, int start, int end) {
        int from = start;
        while (from > Math.max(0, start - OTHER_TAX_REACH) && CLAUSE_BREAK.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return notContext.matcher(text).region(from, end).find();
    }

    private Optional<Fact> toFact(String text, Matcher m, int start, int end, Breaks sentences, Region region) {
        Optional<ParsedNumber> to = NumberAttributes.parse(stripPercent(m.group("to")));
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        Double from = null;
        if (from(m) != null) {
            from = NumberAttributes.parse(stripPercent(from(m))).map(ParsedNumber::value).orElse(null);
            if (from == null) {
                return Optional.empty();
            }
            attributes.put("from", from);
        }
        attributes.put("to", to.get().value());
        String upper = group(m, "upper");
        if (upper != null) {
            NumberAttributes.parse(stripPercent(upper)).ifPresent(n -> attributes.put("upper", n.value()));
        }
        String points = group(m, "points");
        if (points != null) {
            NumberAttributes.parse(points).ifPresent(n -> attributes.put("change_points", n.value()));
        }
        String verb = group(m, "verb");
        attributes.put("direction", direction(verb == null ? "impose" : cues.get(verb), from, to.get().value()));
        attributes.put("approximate", to.get().approximate());
        parties(text, start, m.start("to"), group(m, "verb") != null ? m.end("verb") : -1,
                verb != null && cues.get(verb).equals("rate-is"), attributes, sentences, region);
        return Optional.of(new Fact(FactKind.TARIFF_CHANGE, text.substring(start, end), to.get().value(), "%", null,
                null, start, end, 0, from != null ? 0.9 : 0.8, attributes));
    }

    /** down/up/maintain from two rates when both are stated, else from the verb's role. */
    private static String direction(String role, Double from, double to) {
        if (from != null) {
            return from > to ? "down" : from < to ? "up" : "maintain";
        }
        return switch (role) {
            case "change" -> "unknown";
            case "cap-after" -> "cap";
            case "rate-is" -> "impose"; // the rate a duty is levied at
            case "maintain-after" -> "maintain";
            default -> role;
        };
    }

    /** Imposing and affected country (canonical names) and goods, as {@link TariffRoles} reads them. */
    private void parties(String text, int changeStart, int rateStart, int verbEnd, boolean rateStated,
                         Map<String, Object> attributes, Breaks sentences, Region region) {
        int sentenceStart = sentences.startBefore(changeStart);
        TariffRoles.Roles read = roles.read(text, sentenceStart, changeStart, rateStart, region);
        if (read.imposer() == null && read.target() == null && read.goods() == null && verbEnd >= 0) {
            read = objectOfVerb(text, sentenceStart, verbEnd, rateStart, region);
        }
        if (read.imposer() == null && read.target() == null && read.goods() == null && rateStated) {
            // 对韩国产制的钢品课征反倾销税，税率介于12%至35%: a rate stated for the duty of the clause before, which
            // names the parties. Not for a change (加征关税后，日本汽车关税降至15% is another measure).
            int clause = changeStart;
            while (clause > Math.max(sentenceStart, changeStart - PARTY_WINDOW)
                    && CLAUSE_BREAK.indexOf(text.charAt(clause - 1)) < 0) {
                clause--;
            }
            int duty = lastContext(text, sentenceStart, clause);
            if (duty >= 0) {
                read = roles.read(text, sentenceStart, duty, duty, region);
            }
        }
        name(read.imposer()).ifPresent(name -> attributes.put("imposing_country", name));
        name(read.target()).ifPresent(name -> attributes.put("affected_country", name));
        if (read.goods() != null) {
            attributes.put("goods", read.goods());
        }
    }

    /**
     * With no frame, a levy verb's own object (给予香港电子产品0%的优惠税率): a party right after the verb is the target,
     * the words after it up to the rate the goods, the party before the verb the imposer.
     */
    private TariffRoles.Roles objectOfVerb(String text, int sentenceStart, int verbEnd, int rateStart, Region region) {
        TariffRoles.Named party = verbEnd < rateStart ? roles.namedAt(text, region, verbEnd, rateStart) : null;
        if (party == null) {
            return new TariffRoles.Roles(null, null, null);
        }
        String goods = text.substring(party.end(), rateStart).replaceAll("^的|的$", "");
        goods = goods.isEmpty() || goods.length() > 12 ? null : goods;
        return new TariffRoles.Roles(roles.subjectBefore(text, sentenceStart, verbEnd, region, party.country()),
                party.country(), goods);
    }

    /** Where the last tariff word in {@code text[from, to)} starts, or -1. */
    private int lastContext(String text, int from, int to) {
        int last = -1;
        Matcher m = context.matcher(text).region(from, to);
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    private Optional<String> name(String id) {
        return id == null ? Optional.empty() : entities.byId(id).map(CanonicalEntity::name);
    }

    /** The from-rate of a from→to match; the other patterns have no such group. */
    private static String from(Matcher m) {
        return group(m, "from");
    }

    /** A named group's text, or null when this pattern has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }

    private static String stripPercent(String rate) {
        return PERCENT_SIGN_AT_END.matcher(rate).replaceAll("");
    }

    private static List<String> cues(Map<String, String> roles, String... wanted) {
        return roles.entrySet().stream().filter(e -> List.of(wanted).contains(e.getValue())).map(Map.Entry::getKey).toList();
    }
}
