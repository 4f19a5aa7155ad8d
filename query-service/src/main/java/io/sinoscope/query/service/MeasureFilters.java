package io.sinoscope.query.service;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.query.repository.InsightRepository;
import io.sinoscope.query.repository.InsightRepository.MeasureFilter;
import io.sinoscope.query.search.TermVariants;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the user's imposer, target and product of a trade-measure query into what the stored facts hold: a party in
 * any name form or by entity id becomes every name of its entity (fact attributes store the canonical English name;
 * listed firms are stored as written), "all" stays "all", and a product becomes substring patterns in every script.
 */
@ApplicationScoped
public class MeasureFilters {

    /** The target value of a measure that applies to every country. */
    static final String ALL = "all";

    @Inject
    EntityService entities;
    @Inject
    TermVariants variants;

    /** The filter for these parameters (each null when not given); {@code list} is a list code, taken as it is. */
    public Uni<MeasureFilter> filter(String imposer, String target, String product, String list) {
        Uni<Set<String>> imposers = names(imposer);
        return imposers.chain(i -> names(target).map(t -> new MeasureFilter(i, t, patterns(product), list)));
    }

    /** Every name of a party as the stored facts may write it (null for null; "all" as it is). */
    Uni<Set<String>> names(String party) {
        if (party == null) {
            return Uni.createFrom().nullItem();
        }
        if (party.strip().toLowerCase(Locale.ROOT).equals(ALL)) {
            return Uni.createFrom().item(Set.of(ALL));
        }
        return entities.resolve(party.strip()).map(resolved -> {
            Set<String> names = new LinkedHashSet<>(resolved.names());
            names.addAll(variants.forms(party.strip()));
            return names;
        });
    }

    private Set<String> patterns(String product) {
        if (product == null) {
            return null;
        }
        Set<String> patterns = new LinkedHashSet<>();
        patterns.add(InsightRepository.likeContains(product.strip()));
        Set<String> forms = new LinkedHashSet<>(variants.forms(product.strip()));
        // Goods are stored as the article wrote them: a Simplified query must also meet the Traditional forms
        // (芯片 → 晶片 in Taiwan, 芯片 in Hong Kong), which the index-side normalisation gives documents.
        for (String form : Set.copyOf(forms)) {
            forms.add(HanLP.s2tw(form));
            forms.add(HanLP.s2hk(form));
            forms.add(HanLP.s2t(form));
        }
        for (String form : forms) {
            if (!form.isBlank()) {
                patterns.add(InsightRepository.likeContains(form));
            }
        }
        return patterns;
    }
}
