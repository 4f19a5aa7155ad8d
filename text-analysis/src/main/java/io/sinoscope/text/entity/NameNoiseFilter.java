package io.sinoscope.text.entity;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.segment.OrganisationSuffixes;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides whether a name HanLP tagged but the gazetteer does not know is a name at all. HanLP's
 * recognisers tag sentence fragments (那就太/nr, 时说/nr, 关税将会/nt): the rules below drop names
 * that begin or end with a function character, organisation "names" without an organisation
 * suffix, implausible lengths and anything with digits or punctuation; resource {@value #RESOURCE}
 * lists the rest. Works on normalized (mainland Simplified) surfaces. Immutable and thread-safe.
 */
public final class NameNoiseFilter {

    static final String RESOURCE = "ner-noise-v1.txt";

    /** Characters a name does not end with: verbs of saying, auxiliaries, particles, prepositions. */
    private static final String BAD_LAST = "说称将会了的是在和与也都就太又还被把向对等时指表则曾已仍要能应该让给从于以而并但却吗呢吧啊着过们";
    /** Characters a name does not begin with. 时, 向, 于 are real surnames and are not listed. */
    private static final String BAD_FIRST = "那这但而在对将据与被把就也都还若因所其该此每各从让给并却为本占";
    /** Prepositions and conjunctions an organisation's name does not begin with (和 does: 和记黄埔). */
    private static final String PREPOSITION_FIRST_ORG = "向对从到及与于";
    /** Numbers, quantifiers and ordinals: 两国, 五国, 一条大道, 多国 are counts, 第二大城 a rank, not names. */
    private static final String NUMERAL_FIRST = "一二三四五六七八九十百千万两几多数第";
    /** Localisers a person's name does not end with (方式上, 成下, 钟里 are fragments). */
    private static final String BAD_LAST_PERSON = "上下中里内外前后间";
    /** Characters never inside an organisation's name (它们 glue clauses, not name parts). */
    private static final String BAD_IN_ORG = "将了的说称是也都就太并但而被把吗呢";

    private final Set<String> stopList;

    private NameNoiseFilter(Set<String> stopList) {
        this.stopList = Set.copyOf(stopList);
    }

    public static NameNoiseFilter fromResources() {
        Set<String> stop = new HashSet<>();
        for (String[] row : AnalyzerData.readTsv(RESOURCE, 1)) {
            stop.add(row[0]);
        }
        return new NameNoiseFilter(stop);
    }

    /** True when {@code surface}, tagged as {@code type} (and with HanLP tag {@code tag}), is not a name. */
    public boolean isNoise(String surface, EntityType type, String tag) {
        int length = surface.codePointCount(0, surface.length());
        if (length < 2 || stopList.contains(surface)) {
            return true;
        }
        boolean foreign = surface.indexOf('·') >= 0 || tag.startsWith("nrf");
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isDigit(c) || (!Character.isLetter(c) && c != '·' && c != '-')) {
                return true;
            }
        }
        char first = surface.charAt(0);
        char last = surface.charAt(surface.length() - 1);
        // An organisation's last character is its suffix word's (协会, 委员会 end in 会, which ends clauses elsewhere:
        // 政府会 is "the government will"); a one-character suffix does not vouch for it.
        String suffix = type == EntityType.ORGANIZATION ? organisationSuffix(surface) : null;
        boolean suffixed = suffix != null && suffix.length() >= 2;
        // HanLP's dictionary listing the whole organisation as a name (为泰党) says its first character is the name's.
        boolean listed = suffix != null && listedName(surface);
        // A preposition glued to an organisation (向|立法会): 向 and 于 are surnames, not organisations' first words.
        if (type == EntityType.ORGANIZATION && !listed && PREPOSITION_FIRST_ORG.indexOf(first) >= 0) {
            return true;
        }
        if (!listed && BAD_FIRST.indexOf(first) >= 0 || !suffixed && BAD_LAST.indexOf(last) >= 0 || first == '·'
                || last == '·' || NUMERAL_FIRST.indexOf(first) >= 0) {
            return true;
        }
        // 国仅, 国元首, 国计划: the tail of 美国/中国 glued to the next word; 国 as a surname is rare.
        if (type == EntityType.PERSON && !foreign && (first == '国' || BAD_LAST_PERSON.indexOf(last) >= 0)) {
            return true;
        }
        return switch (type) {
            case PERSON -> !foreign && length > 4 || length > 12;
            case ORGANIZATION -> length < 3 || length > 20 || containsAny(surface, BAD_IN_ORG)
                    || organisationSuffix(surface) == null;
            case LOCATION -> length > 10;
            case OTHER -> false;
        };
    }

    /** The longest organisation suffix ({@link OrganisationSuffixes}) {@code surface} ends with, or null. */
    static String organisationSuffix(String surface) {
        return OrganisationSuffixes.defaults().longestOf(surface);
    }

    /** HanLP's own dictionaries list {@code word} with a name's nature (organisation, other proper noun). */
    private static boolean listedName(String word) {
        for (CoreDictionary.Attribute attribute : new CoreDictionary.Attribute[] {CoreDictionary.get(word),
                CustomDictionary.DEFAULT.dat.get(word)}) {
            if (attribute != null && attribute.nature.length > 0) {
                String tag = attribute.nature[0].toString();
                if (tag.startsWith("nt") || tag.startsWith("nz")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
