package io.sinoscope.text.entity;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.EntityType;

/**
 * Whether the text supports reporting a name HanLP tagged and the gazetteer does not know. HanLP's recognisers tag
 * ordinary words and pieces of words as names (高管, 台美, 圆厂 of 晶圆厂, 修至 of 上修至); a tag alone is not enough.
 * A name is reported when, besides its tag, at least one of these holds:
 * <ul>
 * <li>a role title right before it (a person);</li>
 * <li>it has the shape of a transliteration ({@link TransliterationTable#shaped});</li>
 * <li>it occurs more than once in the text;</li>
 * <li>it has three or more characters and is not inside a longer dictionary word around it.</li>
 * </ul>
 * An organisation also needs a name before its suffix: 汽车工厂, 特区政府 and 铜矿业 are a common noun with a
 * suffix, 安赛乐米塔尔集团 is not; and a one-character suffix must not end an ordinary word (研究部署 ends in the verb
 * 部署, not in the suffix 署). Immutable and thread-safe.
 */
final class NameEvidence {

    private final TransliterationTable table;

    NameEvidence(TransliterationTable table) {
        this.table = table;
    }

    boolean supports(String normalized, int start, int end, EntityType type, boolean titled) {
        String surface = normalized.substring(start, end);
        if (type == EntityType.ORGANIZATION) {
            return namedOrganisation(surface);
        }
        if (titled || table.shaped(surface) || occursAgain(normalized, surface, start)
                || type == EntityType.LOCATION && dictionaryPlace(surface)) {
            return true;
        }
        return end - start >= 3 && !embedded(normalized, start, end);
    }

    /** HanLP's dictionary lists the word as a place (费城): a whole word, not a piece the recogniser guessed. */
    private static boolean dictionaryPlace(String surface) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(surface);
        return attribute != null && attribute.nature.length > 0 && attribute.nature[0].toString().startsWith("ns");
    }

    private static boolean occursAgain(String normalized, String surface, int start) {
        int first = normalized.indexOf(surface);
        return first != start || normalized.indexOf(surface, start + 1) >= 0;
    }

    /** Whether a dictionary word of the text around [start, end) contains it: the name is a piece of that word. */
    private static boolean embedded(String normalized, int start, int end) {
        for (int from = Math.max(0, start - 2); from <= start; from++) {
            for (int to = end; to <= Math.min(normalized.length(), end + 2); to++) {
                if ((from < start || to > end) && CoreDictionary.contains(normalized.substring(from, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The part before the organisation suffix is a name, not a common noun, verb or a single character. */
    private static boolean namedOrganisation(String surface) {
        String suffix = NameNoiseFilter.organisationSuffix(surface);
        if (suffix == null) {
            return false;
        }
        String head = surface.substring(0, surface.length() - suffix.length());
        if (head.length() < 2 || !OrganisationSpans.closesName(surface, suffix)) {
            return false;
        }
        // 汽车|工厂, 特区|政府, 铜|矿业: a common word followed by a dictionary word is a description, not a name.
        for (int cut = 1; cut < surface.length() - 1; cut++) {
            if (commonWord(surface.substring(0, cut)) && CoreDictionary.contains(surface.substring(cut))) {
                return false;
            }
        }
        return true;
    }

    /** A dictionary word whose usual tag is not a name tag. */
    private static boolean commonWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null || attribute.nature.length == 0) {
            return false;
        }
        Nature nature = attribute.nature[0];
        String tag = nature.toString();
        return !(tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.startsWith("j"));
    }
}
