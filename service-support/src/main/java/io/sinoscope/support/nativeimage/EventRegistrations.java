package io.sinoscope.support.nativeimage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.ArticleIngested;
import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.contracts.EnrichedEntity;
import io.sinoscope.contracts.EntityCuration;
import io.sinoscope.contracts.EntityMention;
import io.sinoscope.contracts.ExtractedFact;

/**
 * The Kafka event records, kept for reflection in a native image. Quarkus registers the types REST endpoints bind,
 * but these are (de)serialised by Jackson inside Kafka serialisers, which a native build cannot see through; without
 * this, a native service would start and then fail on its first event. Here once, for all three services, because
 * this library is in each of them.
 */
@RegisterForReflection(targets = {ArticleIngested.class, ArticleEnriched.class, CleaningReport.class,
        CleaningReport.Removal.class, EnrichedEntity.class, EntityCuration.class, EntityMention.class,
        ExtractedFact.class})
public final class EventRegistrations {

    private EventRegistrations() {
    }
}
