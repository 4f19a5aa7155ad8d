package io.sinoscope.text.fact;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The firms, bodies and persons an object phrase of a trade measure names ({@code affected_entities}), as written:
 * <ul>
 *   <li>a gazetteer firm or person, a word ending in an organisation suffix (通用原子公司), a Latin name;</li>
 *   <li>a name in apposition after a generic word or a title (航运企业中远海运, 众议员麦考尔), or after a place clause
 *       (位于美国弗吉尼亚州的军工企业通用动力公司);</li>
 *   <li>every item of a list closed by 等 and a word for firms or bodies (中兴通讯、海康威视等中国企业), and the other items
 *       of a list one of whose items is a name (俄罗斯石油及卢克石油);</li>
 *   <li>never a counted phrase (12家中国企业, 6名官员) or a generic word alone.</li>
 * </ul>
 * Words from {@link TradeMeasureWords}.
 */
final class ListedParties {

    private static final int ENTITY_MAX = 24;
    /** A name in apposition or a list item read without other evidence is short: 中远海运, 卢克石油, 麦考尔. */
    private static final int BARE_NAME_MIN = 2;
    private static final int BARE_NAME_MAX = 8;
    private static final int TITLED_NAME_MAX = 4;
    /** A sector word before a generic word for firms is short: 电子, 能源, 生物科技. */
    private static final int SECTOR_MAX = 3;
    /** Words between listed targets: 华为及中芯国际, 甲、乙和丙. */
    private static final Pattern JOINERS = Pattern.compile("、|以及|及|和|与|或|,|，");
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9 .&-]*");
    private static final Pattern BARE_NAME = Pattern.compile("[\\p{IsHan}·・A-Za-z]+");
    private static final Pattern DIGIT = Pattern.compile("[0-9０-９一二三四五六七八九十两几多数百千]");

    private final TradeMeasureWords words;
    private final TariffRoles roles;
    private final EntityFinder entities;

    ListedParties(TradeMeasureWords words, TariffRoles roles, EntityFinder entities) {
        this.words = words;
        this.roles = roles;
        this.entities = entities;
    }

    /** A part of a list: where it stands, and the name it holds (null when none). */
    private record Part(int start, int end, String name) {
    }

    /** Adds to {@code listed} the names {@code text[from, to)} lists. */
    void find(String text, int from, int to, Region region, List<String> listed) {
        int etc = -1;
        for (int at = from; at < to && etc < 0; at++) {
            if (TariffRoleWords.at(text, at, words.etc) != null) {
                etc = at;
            }
        }
        int end = etc >= 0 ? etc : to;
        // 等 closing a list of firms or bodies (等中国企业, 等多所高校): each item is a name.
        boolean firmsList = etc >= 0 && endsWithDescriptor(text, etc + 1, to);
        List<Part> parts = new ArrayList<>();
        Matcher joiner = JOINERS.matcher(text).region(from, end);
        int partStart = from;
        while (partStart < end) {
            int partEnd = nextJoiner(text, joiner) ? joiner.start() : end;
            parts.add(new Part(partStart, partEnd, named(text, partStart, partEnd, region)));
            partStart = partEnd < end ? joiner.end() : end;
        }
        boolean anyNamed = parts.stream().anyMatch(p -> p.name() != null);
        for (Part part : parts) {
            String name = part.name();
            if (name == null && parts.size() > 1 && (firmsList || anyNamed)) {
                name = bareItem(text, part.start(), part.end(), region);
            }
            if (name != null && !listed.contains(name)) {
                listed.add(name);
            }
        }
    }

    /** The next joiner that is no part of a word (参与, 和平): 参与制定…的官员李志明 is one item. */
    private boolean nextJoiner(String text, Matcher joiner) {
        while (joiner.find()) {
            if (!TariffRoleWords.covered(text, joiner.start(), words.notJoiners)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past a short sector word (1 to 3 Han characters) and a two-character generic descriptor (公司, 企业) when a name of
     * at least {@value #BARE_NAME_MIN} characters follows: 电子公司华信科技 → 华信科技; else {@code at}.
     */
    private int afterSectorWord(String text, int at, int to) {
        for (int k = 1; k <= SECTOR_MAX && at + k < to; k++) {
            if (!Character.isIdeographic(text.codePointAt(at + k - 1))) {
                return at;
            }
            String descriptor = TariffRoleWords.at(text, at + k, words.descriptors);
            if (descriptor != null && descriptor.length() == 2 && to - (at + k + 2) >= BARE_NAME_MIN
                    && !words.orgSuffixes.contains(text.substring(at + k + 2, to))) {
                return at + k + 2;
            }
        }
        return at;
    }

    /** Whether {@code text[from, to)} is a number with a measure word naming no one: 12家中国企业, 多间公司, 6名官员. */
    boolean counted(String part) {
        for (int i = 0; i + 1 < part.length(); i++) {
            if (DIGIT.matcher(part.substring(i, i + 1)).matches()
                    && TariffRoleWords.at(part, i + 1, words.counters) != null) {
                return true;
            }
        }
        return false;
    }

    /** The name a part of a target list holds after its country and generic words, or null when it names no one. */
    private String named(String text, int from, int to, Region region) {
        to = trim(text, from, to);
        int at = skipPlace(text, from, to);
        int link = text.lastIndexOf('的', to - 1);
        if (link >= at && to - link > BARE_NAME_MIN) {
            at = link + 1; // 参与售台的美国企业安德里尔公司: the name follows its relative clause
        }
        TariffRoles.Named country = leadingParty(text, region, at, to);
        if (country != null && TradeMeasureWords.endingAt(text, to, words.orgSuffixes) != null
                && !namesCountry(text, country)) {
            country = null; // 北京航空航天大学: a city opening an organisation's name stays in it
        }
        at = country != null ? skipLink(text, country.end(), to) : at;
        boolean apposition = false;
        for (boolean stripped = true; stripped && at < to; ) {
            String descriptor = TariffRoleWords.at(text, at, words.descriptors);
            stripped = descriptor != null && at + descriptor.length() < to;
            at += stripped ? descriptor.length() : 0;
            apposition |= stripped;
        }
        int sector = afterSectorWord(text, at, to);
        if (sector > at) {
            at = sector; // 电子公司华信科技: a sector word and a generic word for firms before the name
            apposition = true;
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
        String titled = afterTitle(text, at, to);
        if (titled != null) {
            return titled;
        }
        String appositive = afterLastDescriptor(text, at, to);
        if (appositive != null) {
            return appositive;
        }
        return apposition && bare(part) ? part : null;
    }

    /** Whether the party's words are its country's own name (美国), not a city or body standing for it (北京). */
    private boolean namesCountry(String text, TariffRoles.Named party) {
        for (EntityFinder.Hit hit : entities.find(text, party.start(), party.end())) {
            if (hit.start() == party.start() && hit.end() == party.end()
                    && hit.entity().id().equals(party.country())) {
                return true;
            }
        }
        return false;
    }

    /** 众议员麦考尔, 国防部长某某: the name after a title, when it is short. */
    private String afterTitle(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            String title = TariffRoleWords.at(text, at, words.titles);
            if (title != null) {
                String name = text.substring(at + title.length(), to);
                return name.length() >= BARE_NAME_MIN && name.length() <= TITLED_NAME_MAX && bare(name)
                        && !counted(text.substring(from, to)) ? name : null;
            }
        }
        return null;
    }

    /** 两大石油公司俄罗斯石油, 航运企业中远海运: the name after the last generic word inside the part. */
    private String afterLastDescriptor(String text, int from, int to) {
        for (int at = to - BARE_NAME_MIN; at > from; at--) {
            String descriptor = TradeMeasureWords.endingAt(text, at, words.descriptors);
            if (descriptor != null && at - descriptor.length() >= from) {
                String name = text.substring(at, to);
                TariffRoles.Named party = roles.namedAt(text, Region.OTHER, at, to);
                return bare(name) && (party == null || party.end() < to) ? name : null;
            }
        }
        return null;
    }

    /** An item of a list of firms read without other evidence: short, no country alone, no count, no generic word. */
    private String bareItem(String text, int from, int to, Region region) {
        to = trim(text, from, to);
        int at = from;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (at >= to) {
            return null;
        }
        String item = text.substring(at, to);
        if (TariffRoleWords.at(item, 0, words.pronouns) != null) {
            return null; // 安杜里尔公司及其高管: 其高管 names no one
        }
        TariffRoles.Named party = roles.namedAt(text, region, at, to);
        if (party != null && party.end() >= to || TradeMeasureWords.endingAt(item, item.length(), words.descriptors) != null
                || counted(item) || !bare(item)) {
            return null;
        }
        return item;
    }

    /** A short run of name characters holding no 的 and no act verb (实施新的芯片 is no name). */
    private boolean bare(String name) {
        if (name.length() < BARE_NAME_MIN || name.length() > BARE_NAME_MAX || !BARE_NAME.matcher(name).matches()
                || name.indexOf('的') >= 0) {
            return false;
        }
        for (int at = 0; at < name.length(); at++) {
            String act = TariffRoleWords.at(name, at, words.acts);
            if (act != null && act.length() > 1) {
                return false;
            }
        }
        return true;
    }

    /** 位于美国弗吉尼亚州的…: the place clause skipped up to its 的 (the country in it is read as the target). */
    private int skipPlace(String text, int from, int to) {
        String lead = TariffRoleWords.at(text, from, words.locationLeads);
        if (lead == null) {
            return from;
        }
        int link = text.indexOf('的', from + lead.length());
        return link > 0 && link + 1 < to ? link + 1 : from;
    }

    /** Whether {@code text[from, to)} ends with a word for firms or bodies: 中国企业, 多所高校. */
    private boolean endsWithDescriptor(String text, int from, int to) {
        to = trim(text, from, to);
        return to > from && TradeMeasureWords.endingAt(text, to, words.descriptors) != null;
    }

    /** The party opening {@code text[from, to)}, unless it is the start of a firm's or person's name (华为: not 华). */
    TariffRoles.Named leadingParty(String text, Region region, int from, int to) {
        TariffRoles.Named party = roles.namedAt(text, region, from, to);
        return party == null || inName(text, party.start(), party.end(), from, to) ? null : party;
    }

    /** Whether a firm's or person's name in {@code text[from, to)} covers {@code [start, end)} and reaches beyond it. */
    boolean inName(String text, int start, int end, int from, int to) {
        for (EntityFinder.Hit hit : entities.find(text, from, to)) {
            EntityType type = hit.entity().type();
            if ((type == EntityType.ORGANIZATION || type == EntityType.PERSON) && hit.start() <= start
                    && hit.end() >= end && hit.end() - hit.start() > end - start) {
                return true;
            }
        }
        return false;
    }

    private static int trim(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == '的' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    private static int skipLink(String text, int at, int to) {
        while (at < to && (text.charAt(at) == '的' || Character.isWhitespace(text.charAt(at)))) {
            at++;
        }
        return at;
    }
}
