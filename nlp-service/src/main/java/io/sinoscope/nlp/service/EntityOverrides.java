package io.sinoscope.nlp.service;

import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.support.curation.CurationRules;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The analysts' overrides this replica has read from entities.curated, applied to the entities linking found: a step
 * after linking, so the linker itself knows nothing of them. Written by the topic's consumer, read by every analysis.
 */
@ApplicationScoped
public class EntityOverrides {

    private final Map<Long, EntityCuration> bySequence = new ConcurrentSkipListMap<>();
    private volatile CurationRules rules = CurationRules.none();

    /** Overrides nothing: for analyses built by hand (tests). */
    public static EntityOverrides none() {
        return new EntityOverrides();
    }

    /** Adds or replaces the override with this sequence. */
    public synchronized void put(EntityCuration override) {
        bySequence.put(override.sequence(), override);
        rules = CurationRules.of(bySequence.values());
    }

    /** Drops the override with this sequence (a tombstone on the topic). */
    public synchronized void remove(long sequence) {
        if (bySequence.remove(sequence) != null) {
            rules = CurationRules.of(bySequence.values());
        }
    }

    /** Overrides in force, by their highest sequence (0: none). */
    public long lastSequence() {
        return rules.lastSequence();
    }

    /**
     * The entities with the overrides applied.
     *
     * @param articleId the article (its rejected mentions are left out); null for a text that is not an article
     * @param text      the original text the mentions' offsets point into
     */
    public List<EnrichedEntity> apply(String articleId, String text, List<EnrichedEntity> entities) {
        return rules.apply(articleId, text, entities);
    }
}
