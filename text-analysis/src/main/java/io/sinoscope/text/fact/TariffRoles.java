package io.sinoscope.text.fact;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who imposes a tariff change on whom, read from three frames of its sentence before the change:
 * <ul>
 *   <li>a marker phrase: 对X (对原产于X的…, 对自X进口的…, 对X和Y…, 将X…, 向X…) names the affected country X; the party
 *       named last before the marker imposes. 对X出口 / 向X出口 turns it round: the goods go to X, which levies;</li>
 *   <li>an export phrase: X输美 / X产品销往美国 / X出口到美国: the destination levies, X is affected;</li>
 *   <li>a passive: X遭美国加征 / X被课征: X is affected, the party right after the passive word (if any) imposes.</li>
 * </ul>
 * A marker phrase wins; the others fill a role it leaves open, and an imposer still missing is the party that
 * announces the decision (美国宣布，台湾遭课征…). A party is a gazetteer place, a body acting for a
 * country (白宫, 美国商务部, 欧盟) or a short form (美方, 港府); a bare body (商务部, 财政部, 政府) takes the country
 * named before it in the paragraph, else whose it is in the region's press, else nothing. Words come from
 * {@link TariffRoleWords}; nothing is guessed when no frame names a party.
 */
final class TariffRoles {

    /** Roles as gazetteer entity ids (null when not said) and the goods of a marker phrase (null when none). */
    record Roles(String imposer, String target, String goods) {
    }

    /** A party named in the text: a country's (or union's) entity id, or a bare body whose country is not yet known. */
    private record Party(int start, int end, String country, boolean generic) {
    }

    /** Longest party name read at a position (中华人民共和国商务部 is 10). */
    private static final int NAME_REACH = 16;
    /**
     * What links the target to its goods and is no part of them: 的, 和, a made-in word (中国制电动车), and a relative
     * clause of import (自中国进口的光伏玻璃; a bare 进口商品 keeps its 进口), Taiwan's 产制 (中国大陆产制的钢铁螺丝).
     */
    private static final Pattern LEADING_LINK = Pattern.compile("^(?:进口的|制造的|生产的|产制的|出口的|输出的|产制|[的和制产])");
    private static final String CLAUSE_BREAKS = "，,：:";
    private static final Pattern TRAILING_LINK = Pattern.compile("的$");

    private final TariffRoleWords words;
    private final EntityFinder entities;
    /** A tariff word (with 的) closing the marker phrase, which is no part of the goods: 对中国商品的关税. */
    private final Pattern targetTail;
    /** A tariff word: the goods end before one (输美商品适用的关税税率将… → 输美商品适用). */
    private final Pattern tariffWord;
    private final int window;

    TariffRoles(TariffRoleWords words, EntityFinder entities, Pattern tariffWord, int window) {
        this.words = words;
        this.entities = entities;
        this.tariffWord = tariffWord;
        this.targetTail = Pattern.compile("(?:的)?(?:" + tariffWord.pattern() + ")?(?:的)?$");
        this.window = window;
    }

    /**
     * Roles of the change beginning at {@code changeStart}, whose new rate begins at {@code rateStart} (a marker may
     * sit between a levy verb and its rate: 暂停对美国农产品加征的24%关税), in the sentence starting at
     * {@code sentenceStart}.
     */
    Roles read(String text, int sentenceStart, int changeStart, int rateStart, Region region) {
        int from = Math.max(sentenceStart, changeStart - window);
        Roles marked = markerFrame(text, from, changeStart, rateStart, region);
        String imposer = marked.imposer();
        String target = marked.target();
        String goods = marked.goods();
        // Target-side frames fill what the marker phrase leaves open, the first that names a role winning.
        for (int frame = 0; frame < 3 && (imposer == null || target == null); frame++) {
            String[] other = switch (frame) {
                case 0 -> exportFrame(text, from, changeStart, region);
                case 1 -> passiveFrame(text, from, changeStart, region);
                default -> originFrame(text, from, changeStart, region);
            };
            if (other != null) {
                // 中国输美的铝制品关税, 香港出口的铝材被美国加征: the goods stand after the target-side party
                goods = goods != null || target != null ? goods : other[2];
                imposer = imposer != null ? imposer : other[0];
                target = target != null || (other[1] != null && other[1].equals(imposer)) ? target : other[1];
            }
        }
        if (imposer == null && target != null) {
            imposer = announcer(text, from, changeStart, region, target);
        }
        if (imposer != null && imposer.equals(target)) {
            imposer = null; // one country on both sides is a misreading, not a fact
        }
        return new Roles(imposer, target, goods);
    }

    /**
     * The goods after a target-side party ({@code text[from, to)}: 的铝制品关税, 出口的铝材被): without a leading link, up to
     * a passive word or a tariff word, without a duty modifier; null when none is left, it is long or names a party.
     */
    private String goodsAfter(String text, int from, int to, Region region) {
        if (from >= to) {
            return null;
        }
        String rest = LEADING_LINK.matcher(text.substring(from, to)).replaceFirst("").strip();
        for (int at = 0; at < rest.length(); at++) {
            if (TariffRoleWords.at(rest, at, words.passives) != null) {
                rest = rest.substring(0, at);
                break;
            }
        }
        Matcher tariff = tariffWord.matcher(rest);
        if (tariff.find()) {
            rest = rest.substring(0, tariff.start());
        }
        rest = TRAILING_LINK.matcher(withoutModifier(rest)).replaceFirst("");
        if (rest.isEmpty() || rest.length() > 12 || !parties(rest, region, 0, rest.length()).isEmpty()) {
            return null;
        }
        return rest;
    }

    /** A party's country and where its name stands. */
    record Named(String country, int start, int end) {
    }

    /** The party named exactly at {@code at} (a place, a body, a short form or, after a marker, 美/华), or null. */
    Named namedAt(String text, Region region, int at, int end) {
        Party party = partyAt(text, region, at, end, true);
        return party == null ? null : new Named(party.country(), party.start(), party.end());
    }

    /**
     * The country of the last party in {@code text[from, to)} that can act — not the object of a marker, not
     * {@code target}, a bare body resolved as for tariffs — or null.
     */
    String subjectBefore(String text, int from, int to, Region region, String target) {
        Party party = lastParty(text, Math.max(from, to - window), to, region, target, true);
        return party == null ? null : party.country();
    }

    /** The countries of the parties named in {@code text[from, to)}, left to right (bare bodies left out). */
    List<Named> partiesIn(String text, Region region, int from, int to) {
        return parties(text, region, from, to).stream().filter(p -> !p.generic())
                .map(p -> new Named(p.country(), p.start(), p.end())).toList();
    }

    private Roles markerFrame(String text, int from, int changeStart, int rateStart, Region region) {
        int marker = -1;
        int markerEnd = -1;
        // The marker is looked for in the change's own clause: 美国对中国商品加征关税后，日本汽车关税降至15% says
        // nothing of who levies the second change. The imposer before it may sit in an earlier clause (商务部宣布，对…).
        int clause = clauseStart(text, from, changeStart);
        for (int at = rateStart - 1; at >= clause && marker < 0; at--) {
            for (Map.Entry<String, Boolean> m : words.markers.entrySet()) {
                String term = m.getKey();
                if (!text.startsWith(term, at) || at + term.length() > rateStart
                        || TariffRoleWords.covered(text, at, words.notMarkers)) {
                    continue;
                }
                int end = Math.min(changeStart > at ? changeStart : rateStart, at + term.length() + window);
                if (!m.getValue() && targetTail.matcher(text.substring(at + term.length(), end)).replaceAll("").isEmpty()) {
                    continue; // 将由10%提高至15%, 将关税降至15%: 将 is "will", or its object is the tariff itself
                }
                marker = at;
                markerEnd = at + term.length();
                break;
            }
        }
        if (marker < 0) {
            return new Roles(null, null, null);
        }
        int phraseEnd = Math.min(marker < changeStart ? changeStart : rateStart, markerEnd + window);
        String phrase = targetTail.matcher(text.substring(markerEnd, phraseEnd)).replaceAll("");
        int at = markerEnd;
        int afterSource = skipSource(text, region, at, markerEnd + phrase.length());
        String target = null;
        int goodsStart = at;
        for (int pos = afterSource; pos < markerEnd + phrase.length(); ) {
            Party party = partyAt(text, region, pos, markerEnd + phrase.length(), true);
            if (party == null) {
                break;
            }
            target = target != null ? target : party.country();
            pos = party.end();
            goodsStart = pos;
            String joiner = TariffRoleWords.at(text, pos, words.joiners);
            if (joiner == null || partyAt(text, region, pos + joiner.length(), markerEnd + phrase.length(), true) == null) {
                break;
            }
            pos += joiner.length();
        }
        Party before = lastParty(text, from, marker, region, target, true);
        String imposer = before != null ? before.country() : null;
        if (target != null && TariffRoleWords.at(text, goodsStart, words.exportAfter) != null) {
            // 向中国出口的大豆 / 对美出口商品: the goods go to the marked country, which levies on the one before.
            String exporter = imposer;
            imposer = target;
            target = exporter;
            return new Roles(imposer, target, null);
        }
        // Also when the verb comes first (暂缓对美国大豆加征关税): the phrase then ends at the rate or duty.
        String rest = LEADING_LINK.matcher(text.substring(target != null ? goodsStart : markerEnd,
                markerEnd + phrase.length())).replaceFirst("").strip();
        Matcher tariff = tariffWord.matcher(rest);
        if (tariff.find()) {
            rest = rest.substring(0, tariff.start());
        }
        rest = TRAILING_LINK.matcher(withoutModifier(rest)).replaceFirst("");
        String goods = rest.isEmpty() || rest.length() > 12 ? null : rest;
        return new Roles(imposer, target, goods);
    }

    /** Goods without a word qualifying the duty after them: 威士忌的报复性 → 威士忌, 光纤预制棒所适用的 → 光纤预制棒. */
    private String withoutModifier(String goods) {
        String trimmed = TRAILING_LINK.matcher(goods).replaceFirst("");
        String modifier = TradeMeasureWords.endingAt(trimmed, trimmed.length(), words.dutyModifiers);
        return modifier != null && modifier.length() < trimmed.length()
                ? trimmed.substring(0, trimmed.length() - modifier.length()) : goods;
    }

    /** {imposer, target} of X输美 / X销往美国, or null. */
    private String[] exportFrame(String text, int from, int changeStart, Region region) {
        for (int at = changeStart - 1; at > from; at--) {
            String word = TariffRoleWords.at(text, at, words.exports);
            if (word == null) {
                continue;
            }
            Party destination = partyAt(text, region, at + word.length(), changeStart,
                    words.exportsBeforeAbbreviations.contains(word));
            if (destination != null) {
                Party exporter = lastParty(text, from, at, region, destination.country(), false);
                // 川普宣布，对所有输美汽车…: the party before 输美 is the destination itself, not an exporter.
                boolean named = exporter != null && !exporter.country().equals(destination.country());
                return new String[] {destination.country(), named ? exporter.country() : null,
                        goodsAfter(text, destination.end(), changeStart, region)};
            }
        }
        return null;
    }

    /** {imposer, target} of X遭美国加征 / X被课征, or null. Only in the change's own clause. */
    private String[] passiveFrame(String text, int from, int changeStart, Region region) {
        for (int at = changeStart - 1; at > from && at >= clauseStart(text, from, changeStart); at--) {
            String word = TariffRoleWords.at(text, at, words.passives);
            if (word == null || TariffRoleWords.covered(text, at, words.notPassives)) {
                continue;
            }
            Party agent = partyAt(text, region, at + word.length(), changeStart, true);
            Party patient = lastParty(text, from, at, region, agent != null ? agent.country() : null, false);
            if (patient != null) {
                return new String[] {agent != null ? agent.country() : null, patient.country(),
                        goodsAfter(text, patient.end(), at, region)};
            }
        }
        return null;
    }

    /** The party announcing a decision (美国宣布，…) before the change, when it is not {@code target}; else null. */
    private String announcer(String text, int from, int changeStart, Region region, String target) {
        for (int at = changeStart - 1; at >= from; at--) {
            String verb = TariffRoleWords.at(text, at, words.announcements);
            if (verb != null) {
                Party party = lastParty(text, clauseStart(text, from, at), at, region, target, true);
                return party != null ? party.country() : null;
            }
        }
        return null;
    }

    /** Where the clause holding {@code changeStart} begins, no earlier than {@code from}. */
    private static int clauseStart(String text, int from, int changeStart) {
        for (int at = changeStart - 1; at >= from; at--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(at)) >= 0) {
                return at + 1;
            }
        }
        return from;
    }

    /** {imposer, target} of 原产于X的… / 自X进口的… with no marker before it, or null. */
    private String[] originFrame(String text, int from, int changeStart, Region region) {
        for (int at = changeStart - 1; at >= clauseStart(text, from, changeStart); at--) {
            for (Map.Entry<String, String> origin : words.origins.entrySet()) {
                if (!text.startsWith(origin.getKey(), at)) {
                    continue;
                }
                Party source = partyAt(text, region, at + origin.getKey().length(), changeStart, false);
                if (source != null && text.startsWith(origin.getValue(), source.end())) {
                    Party levier = lastParty(text, from, at, region, source.country(), true);
                    return new String[] {levier != null ? levier.country() : null, source.country(),
                            goodsAfter(text, source.end(), changeStart, region)};
                }
            }
        }
        return null;
    }

    /** After a marker, a source word (来自, 原产于, 自) when a party follows it; else {@code at}. */
    private int skipSource(String text, Region region, int at, int end) {
        String source = TariffRoleWords.at(text, at, words.sources);
        if (source != null && partyAt(text, region, at + source.length(), end, true) != null) {
            return at + source.length();
        }
        return at;
    }

    /**
     * The party beginning exactly at {@code at} (before {@code end}): a gazetteer place or body, a short form, or (only
     * {@code abbreviations} allowed, right after a marker or export word) one character naming a country. Bare bodies
     * are no party here: 对商务部 names no country.
     */
    private Party partyAt(String text, Region region, int at, int end, boolean abbreviations) {
        if (at >= end) {
            return null;
        }
        // A name is short: reading a few characters keeps this call's work fixed however long the phrase.
        for (Party party : parties(text, region, at, Math.min(end, at + NAME_REACH))) {
            if (party.start() == at && !party.generic()) {
                return party;
            }
            if (party.start() > at) {
                break;
            }
        }
        if (abbreviations && TariffRoleWords.at(text, at, words.notAbbreviations) == null) {
            String id = words.abbreviations.get(text.substring(at, at + 1));
            if (id != null) {
                return new Party(at, at + 1, id, false);
            }
        }
        return null;
    }

    /**
     * The last party named in {@code text[from, to)} other than {@code target}, with its country resolved (a bare
     * body by the paragraph's country before it, other than {@code target}, else the region's default); null when
     * there is none or the last one cannot be resolved: an earlier party is not taken in its place. Looking for
     * the {@code subject} (who levies), a party that is the object of a marker (对X, 对原产于X) is passed over.
     */
    private Party lastParty(String text, int from, int to, Region region, String target, boolean subject) {
        List<Party> found = parties(text, region, from, to);
        for (int i = found.size() - 1; i >= 0; i--) {
            Party last = found.get(i);
            if (!last.generic()) {
                if (last.country().equals(target)) {
                    continue; // 越南政府向美国承诺，将美国汽车…: no country levies on itself
                }
                if (subject && afterMarker(text, last.start())) {
                    continue; // 美国对中国商品加征…，对日本汽车加征…: China is an object; the US the elided subject
                }
                return last;
            }
            String country = resolve(text, last, region, target);
            return country == null ? null : new Party(last.start(), last.end(), country, false);
        }
        return null;
    }

    /** Whether a marker, perhaps with a source word, ends right at {@code at}: 对X, 对原产于X, 向X. */
    private boolean afterMarker(String text, int at) {
        for (String source : words.sourcesAndNothing) {
            int end = at - source.length();
            for (String marker : words.markers.keySet()) {
                int start = end - marker.length();
                if (start >= 0 && text.startsWith(source, end) && text.startsWith(marker, start)
                        && !TariffRoleWords.covered(text, start, words.notMarkers)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String resolve(String text, Party body, Region region, String target) {
        int paragraph = Math.max(text.lastIndexOf('\n', body.start() - 1) + 1, body.start() - window);
        List<Party> before = parties(text, region, paragraph, body.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            Party p = before.get(i);
            if (!p.generic() && !p.country().equals(target)) {
                return p.country();
            }
        }
        return words.regionDefault(region, text.substring(body.start(), body.end()));
    }

    /** Parties in {@code text[from, to)}, left to right, the longer kept where two overlap. */
    private List<Party> parties(String text, Region region, int from, int to) {
        List<Party> found = new ArrayList<>();
        for (EntityFinder.Hit hit : entities.find(text, from, to)) {
            String surface = text.substring(hit.start(), hit.end());
            if (words.genericBodies.contains(surface)) {
                found.add(new Party(hit.start(), hit.end(), null, true));
            } else if (words.bodies.containsKey(hit.entity().id())) {
                found.add(new Party(hit.start(), hit.end(), words.bodies.get(hit.entity().id()), false));
            } else if (hit.entity().type() == EntityType.LOCATION) {
                found.add(new Party(hit.start(), hit.end(), hit.entity().id(), false));
            }
        }
        // Searched in the window alone: indexOf over the whole text made each fact's work grow with the text.
        String window = text.substring(from, to);
        for (Map.Entry<String, String> p : words.parties.entrySet()) {
            termsIn(window, from, p.getKey(), p.getValue(), false, found);
        }
        for (String body : words.genericBodies) {
            termsIn(window, from, body, null, true, found);
        }
        for (Map.Entry<String, String> p : words.regionParties(region).entrySet()) {
            termsIn(window, from, p.getKey(), p.getValue(), false, found);
        }
        for (String none : words.notParties) {
            termsIn(window, from, none, null, false, found); // kept below only to hide the names it holds
        }
        found.sort(Comparator.comparingInt(Party::start).thenComparing(Comparator.comparingInt(Party::end).reversed()));
        List<Party> kept = new ArrayList<>();
        for (Party p : found) {
            if (kept.isEmpty() || p.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(p);
            }
        }
        kept.removeIf(p -> p.country() == null && !p.generic());
        return kept;
    }

    /** Occurrences of {@code term} in {@code window}, which begins at {@code offset} of the text. */
    private static void termsIn(String window, int offset, String term, String country, boolean generic,
                                List<Party> found) {
        for (int at = window.indexOf(term); at >= 0; at = window.indexOf(term, at + 1)) {
            found.add(new Party(offset + at, offset + at + term.length(), country, generic));
        }
    }
}
