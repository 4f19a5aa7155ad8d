package io.sinoscope.query.service;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.query.indexing.ArticleCuration;
import io.sinoscope.query.repository.Blocking;
import io.sinoscope.query.repository.OverrideRepository;
import io.sinoscope.query.search.EntityOverrides;
import io.sinoscope.support.curation.CurationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The overrides in force on this replica, read from {@code query.entity_override}: applied to every article as it is
 * stored (so one analysed before nlp-service heard of an override still comes out curated), and consulted by entity
 * look-ups and searches. Reloaded when this replica records an override and, for those other replicas record, every
 * {@code sinoscope.curation.refresh-every}.
 */
@ApplicationScoped
public class CuratedEntities implements ArticleCuration, EntityOverrides {

    private static final Logger LOG = Logger.getLogger(CuratedEntities.class);

    @Inject
    OverrideRepository overrides;

    private volatile CurationRules rules = CurationRules.none();

    public CurationRules rules() {
        return rules;
    }

    /** The event with the overrides applied to its entities (the same event when none applies). */
    @Override
    public ArticleEnriched apply(ArticleEnriched event) {
        CurationRules current = rules;
        if (current.isEmpty() || event.entities() == null) {
            return event;
        }
        return event.withEntities(current.apply(event.id(), event.text(), event.entities()));
    }

    /**
     * The entity a name means once overrides are heeded: the one an added or split-off alias names, else the
     * survivor of {@code listedId} (the gazetteer's reading, may be null) after merges.
     *
     * @param forms the name's normalised forms, tried after the name as typed
     */
    @Override
    public String entityNamed(String name, Iterable<String> forms, String listedId) {
        CurationRules current = rules;
        if (current.isEmpty()) {
            return listedId;
        }
        Optional<String> aliased = current.aliasTarget(name.strip());
        for (java.util.Iterator<String> it = forms.iterator(); aliased.isEmpty() && it.hasNext(); ) {
            aliased = current.aliasTarget(it.next());
        }
        return aliased.orElse(listedId == null ? null : current.canonicalId(listedId));
    }

    /** Reads the overrides again. Blocking: call from a worker thread. */
    public CurationRules reload() {
        CurationRules loaded = CurationRules.of(Blocking.await(() -> overrides.all()).stream()
                .map(OverrideRepository.StoredOverride::override).toList());
        rules = loaded;
        return loaded;
    }

    void onStart(@Observes StartupEvent start) {
        refresh();
    }

    @Scheduled(every = "${sinoscope.curation.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            long last = Blocking.await(() -> overrides.lastSequence());
            if (last != rules.lastSequence()) {
                reload();
            }
        } catch (RuntimeException e) {
            // The database is away: the overrides known so far stay in force; the next turn tries again.
            LOG.warnf("could not read entity overrides (%s); keeping the %d known", e.getMessage(),
                    rules.lastSequence());
        }
    }
}
