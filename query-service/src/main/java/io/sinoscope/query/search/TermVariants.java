package io.sinoscope.query.search;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.Region;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.normalize.RegionalForms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The forms a query term can take in normalised (mainland Simplified) article text, and the canonical entity it
 * names. The analyzer's {@link TextAnalyzer#normalize} is applied first, exactly as at index time; because a one-word
 * query carries too little context for script and region detection (晶片 is written the same in both scripts, so
 * it is taken as Simplified and left alone), the Taiwan and Hong Kong conversions are also tried and every distinct
 * result is searched.
 */
@ApplicationScoped
public class TermVariants {

    private final TextAnalyzer analyzer;
    private final RegionalForms regionalForms = new RegionalForms();

    @Inject
    public TermVariants(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Normalised forms of the term, the analyzer's own first. */
    public Set<String> forms(String term) {
        Set<String> forms = new LinkedHashSet<>();
        add(forms, analyzer.normalize(term).normalized());
        for (Region region : new Region[] {Region.TAIWAN, Region.HONG_KONG}) {
            add(forms, regionalForms.asTraditionalOf(term, region));
        }
        return forms;
    }

    /**
     * The gazetteer entity the term names, in any script or transliteration. Not for a guarded knowledge-base form
     * (大众, 山水: also a word, which the linker links only in context): a query has no context, and expanding it to
     * the entity's aliases would return Volkswagen articles for 大众 "the public".
     */
    public Optional<CanonicalEntity> entity(String term) {
        Gazetteer gazetteer = analyzer.gazetteer();
        String normalized = analyzer.normalize(term).normalized();
        if (gazetteer.isGuarded(Gazetteer.fold(term)) || gazetteer.isGuarded(Gazetteer.fold(normalized))) {
            return Optional.empty();
        }
        Optional<CanonicalEntity> entity = gazetteer.lookup(term);
        if (entity.isEmpty()) {
            entity = gazetteer.lookup(normalized);
        }
        if (entity.isEmpty() && isLatin(term)) {
            // The knowledge base's entities carry their English name as their name, not as an alias: "Lima", "Nuuk".
            entity = gazetteer.nameIndex().byName(Gazetteer.fold(term.strip()));
        }
        return entity;
    }

    private static boolean isLatin(String term) {
        return term.codePoints().anyMatch(Character::isLetter)
                && term.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x250);
    }

    /**
     * The ids an unlinked transliterated name spelled as the term would have (one per type): 拉瑪佛沙 gives the id
     * that 拉马福萨 in a mainland article got, so either spelling finds both articles; and the listed entities the
     * spelling joins by its key (明尼亞波利斯 → the knowledge base's 明尼阿波利斯), as the linker joins it.
     */
    public List<String> unlinkedIds(String term) {
        return analyzer.idsByKey(analyzer.normalize(term).normalized());
    }

    /**
     * A regular expression over entity ids matching the unlinked people and places a Latin-letter term may be the
     * English name of ("Bezos": the unlisted 贝索斯 of a mainland article and 貝佐斯 of a Taiwan one); empty for a
     * term with Han characters, an ordinary English word or a name too short to say. Only asked when no listed entity
     * has that English name.
     */
    public Optional<String> unlinkedIdPatternOfEnglish(String term) {
        return isLatin(term) ? analyzer.unlinkedIdPatternOfEnglish(term) : Optional.empty();
    }

    public Optional<CanonicalEntity> entityById(String id) {
        return analyzer.gazetteer().byId(id);
    }

    private static void add(Set<String> forms, String form) {
        String stripped = form == null ? "" : form.strip();
        if (!stripped.isEmpty()) {
            forms.add(stripped);
        }
    }
}
