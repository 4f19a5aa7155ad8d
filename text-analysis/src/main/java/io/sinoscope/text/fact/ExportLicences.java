package io.sinoscope.text.fact;

import io.sinoscope.text.Region;

/**
 * Export controls written as a licensing policy (原则上不予许可向美国出口…, 向中国出口…须另行申请许可, 高阶晶片输往中国大陆须
 * 取得出口许可, 严格审查…的出口许可申请, 通用许可): the export word of the cue's clause says which way the goods go, so the
 * destination is the target and the goods stand on the other side of it. Also reads a destination inside an export
 * control's object phrase (对向美国出口的锂电池实施出口管制: the United States is the target, not the imposer, which a
 * tariff's export frame would make it). Words from {@link TradeMeasureWords} and {@link TariffRoleWords}.
 */
final class ExportLicences {

    /** How goods are read from a stretch of text: the extractor's own goods rule. */
    interface GoodsReader {
        String goods(String text, int from, int to, Region region);
    }

    /**
     * Target country (or null), goods (or null), where the acting party must have been named before, and where the
     * policy's wording ends.
     */
    record Reading(String target, String goods, int actorEnd, int end) {
    }

    /** How far from a licence cue a supply word standing for its export word is looked for. */
    private static final int SUPPLY_REACH = 40;

    private final TradeMeasureWords words;
    private final TariffRoleWords roleWords;
    private final TariffRoles roles;
    private final GoodsReader goods;

    ExportLicences(TradeMeasureWords words, TariffRoleWords roleWords, TariffRoles roles, GoodsReader goods) {
        this.words = words;
        this.roleWords = roleWords;
        this.roles = roles;
        this.goods = goods;
    }

    /**
     * The policy of a licence cue at {@code [cueStart, cueEnd)}: the export word is looked for in the cue's clause
     * before it, else after it up to {@code sentenceEnd} (发布通用许可，允许民用芯片出口至盟国). Null without one.
     */
    Reading read(String text, int cueStart, int cueEnd, int sentenceEnd, Breaks clauses, Region region) {
        if (cueEnd < text.length() && text.charAt(cueEnd) == '的') {
            return null; // 申请出口许可的流程: the licence qualifies a noun, a procedure talked about, not a policy
        }
        int clauseStart = clauses.startBefore(cueStart);
        int ex = -1;
        String exWord = null;
        for (int at = cueStart - 1; at >= clauseStart && ex < 0; at--) {
            String w = TariffRoleWords.at(text, at, words.exportWords);
            if (w != null && at + w.length() <= cueStart) {
                ex = at;
                exWord = w;
            }
        }
        for (int at = cueEnd; at < sentenceEnd && ex < 0; at++) {
            String w = TariffRoleWords.at(text, at, words.exportWords);
            if (w != null) {
                ex = at;
                exWord = w;
            }
        }
        for (int at = cueStart; at < cueEnd && ex < 0; at++) {
            String w = TariffRoleWords.at(text, at, words.exportWords);
            if (w != null) {
                ex = at; // 撤销…的出口许可: the cue's own export word
                exWord = w;
            }
        }
        boolean supplied = false;
        if (ex < 0) {
            // 向中国客户交付H20芯片前必须先申请许可证: a verb of supplying with a named receiver stands for the export word.
            int[] supply = supplyWord(text, clauseStart, cueStart, cueEnd, sentenceEnd, clauses, region);
            if (supply == null) {
                return null;
            }
            ex = supply[0];
            exWord = text.substring(supply[0], supply[1]);
            supplied = true;
        }
        int exEnd = ex + exWord.length();
        int exClauseEnd = Math.min(sentenceEnd, clauses.endFrom(exEnd));
        // A supply word in the clause before the cue's (对俄罗斯提供工具机前，须…申请许可) reads from its own clause.
        int segmentStart = ex > cueStart ? Math.max(cueEnd, clauses.startBefore(ex))
                : Math.min(clauseStart, clauses.startBefore(ex));
        int actorEnd = Math.min(cueStart, ex);
        String target = null;
        String read;
        int marker = roleWords.strongMarkerBefore(text, segmentStart, ex);
        if (marker >= 0) {
            int markerEnd = roleWords.markerEnd(text, marker);
            TariffRoles.Named party = roles.namedAt(text, region, markerEnd, ex);
            if (party != null) {
                target = party.country();
                read = goods.goods(text, segmentStart, marker, region); // 严格审查X对中国的出口
                if (read == null && ex < cueStart) {
                    read = goodsAfter(text, exEnd, cueStart, region); // 暂停对美国出口镓、锗的通用许可
                }
                actorEnd = Math.min(actorEnd, marker);
            } else {
                read = goods.goods(text, markerEnd, ex, region); // 对民用用途的镓、锗出口
            }
        } else {
            // 含有美国技术超过25%的高端晶片出口: the goods are the head after the last 的.
            int link = text.lastIndexOf('的', ex - 2);
            read = link >= segmentStart ? goods.goods(text, link + 1, ex, region) : null;
            if (read == null) {
                read = goods.goods(text, segmentStart, ex, region);
            }
        }
        if (ex > cueStart) {
            // 有关石墨物项须经商务部审查并取得许可方可运出境外: the goods are the subject before the cue's modal
            String subject = subjectGoods(text, clauseStart, cueStart, region);
            read = subject != null ? subject : read;
        }
        boolean targetAfter = false;
        if (target == null) {
            int at = exEnd;
            String destination = TariffRoleWords.at(text, at, words.destinations);
            at += destination != null ? destination.length() : 0;
            TariffRoles.Named party = roles.namedAt(text, region, at, exClauseEnd);
            if (party != null) {
                target = party.country();
                targetAfter = true;
                if (party.end() < exClauseEnd && text.charAt(party.end()) == '的') {
                    // 输往俄罗斯的工具机须申请出口许可: the goods follow the destination's 的
                    String after = goodsAfter(text, party.end() + 1, ex < cueStart ? cueStart : exClauseEnd, region);
                    read = after != null ? after : read;
                }
            }
        }
        boolean ownWord = ex >= cueStart && ex < cueEnd; // after 出口许可 comes 申请, 制度…, not goods
        if (read == null && !targetAfter && !ownWord) {
            read = goodsAfter(text, exEnd, ex < cueStart ? cueStart : exClauseEnd, region);
        }
        if (supplied && target == null) {
            return null;
        }
        return new Reading(target, read, actorEnd, Math.max(cueEnd, exClauseEnd));
    }

    /**
     * {start, end} of a supply word (供应, 提供, 交付, 运送) near a licence cue whose receiver is a named country: after a
     * marker before the word in its clause (对俄罗斯提供工具机前，须先…申请许可) or right after it (方可交付中国客户); read
     * back over the clause before the cue's, then on to {@code sentenceEnd}. Null without one.
     */
    private int[] supplyWord(String text, int clauseStart, int cueStart, int cueEnd, int sentenceEnd, Breaks clauses,
                             Region region) {
        int from = clauseStart > 0 ? Math.max(clauses.startBefore(clauseStart - 1), cueStart - SUPPLY_REACH) : clauseStart;
        for (int at = from; at < Math.min(sentenceEnd, cueEnd + SUPPLY_REACH); at++) {
            if (at >= cueStart && at < cueEnd) {
                continue;
            }
            String w = TariffRoleWords.at(text, at, words.supplyWords);
            if (w == null) {
                continue;
            }
            int end = at + w.length();
            int wordClause = clauses.startBefore(at);
            int marker = roleWords.strongMarkerBefore(text, wordClause, at);
            boolean named = marker >= 0 && roles.namedAt(text, region, roleWords.markerEnd(text, marker), at) != null;
            TariffRoles.Named after = roles.namedAt(text, region, end, clauses.endFrom(end));
            if (named || after != null && after.start() == end) {
                return new int[] {at, end};
            }
        }
        return null;
    }

    /** 向美国出口的锂电池…: {target, goods} of an object phrase whose goods go to a named destination, or null. */
    Reading destination(String text, int from, int to, Region region) {
        for (int at = from; at < to; at++) {
            String w = TariffRoleWords.at(text, at, words.exportWords);
            if (w == null) {
                continue;
            }
            int marker = roleWords.strongMarkerBefore(text, from, at);
            if (marker < 0) {
                return null;
            }
            TariffRoles.Named party = roles.namedAt(text, region, roleWords.markerEnd(text, marker), at);
            if (party == null) {
                return null;
            }
            int after = at + w.length();
            while (after < to && text.charAt(after) == '的') {
                after++;
            }
            int goodsEnd = after;
            while (goodsEnd < to && !modalAt(text, goodsEnd)) {
                goodsEnd++; // 向中国出口的光刻胶须逐笔获得个别许可: the goods end at the modal
            }
            return new Reading(party.country(), goods.goods(text, after, goodsEnd, region), from, to);
        }
        return null;
    }

    /** Whether a modal licence stop (须, 需, 原则上; not 的) stands at {@code at}. */
    private boolean modalAt(String text, int at) {
        String stop = TariffRoleWords.at(text, at, words.licenceStops);
        return stop != null && !stop.equals("的");
    }

    /** The goods opening {@code text[from, to)} before a modal licence stop (须, 需, 应), or null without one. */
    private String subjectGoods(String text, int from, int to, Region region) {
        for (int at = from; at < to; at++) {
            String stop = TariffRoleWords.at(text, at, words.licenceStops);
            if (stop != null && !stop.equals("的")) {
                return at > from && roles.partiesIn(text, region, from, at).isEmpty()
                        ? goods.goods(text, from, at, region) : null;
            }
        }
        return null;
    }

    /** The goods right after an export word, up to a stop word (须, 原则上, 的) or {@code to}. */
    private String goodsAfter(String text, int from, int to, Region region) {
        while (from < to && text.charAt(from) == '的') {
            from++;
        }
        int end = from;
        while (end < to && TariffRoleWords.at(text, end, words.licenceStops) == null) {
            end++;
        }
        return goods.goods(text, from, end, region);
    }
}
