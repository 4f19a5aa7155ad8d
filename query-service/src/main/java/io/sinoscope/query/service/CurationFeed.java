package io.sinoscope.query.service;

import io.sinoscope.contracts.EntityCuration;

/** Where recorded overrides are announced to the other services (entities.curated); implemented by messaging. */
public interface CurationFeed {

    /** Publishes the override and returns once the broker has acknowledged it; throws if it did not. */
    void publish(EntityCuration override);
}
