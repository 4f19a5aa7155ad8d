package io.sinoscope.query.health;

import io.sinoscope.query.indexing.IndexRebuilder;
import io.sinoscope.query.search.SearchBackend;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the search index (Lucene or OpenSearch) is open and not being rebuilt from PostgreSQL. */
@Readiness
@ApplicationScoped
public class IndexReadinessCheck implements HealthCheck {

    static final String NAME = "Search index";

    @Inject
    SearchBackend index;
    @Inject
    IndexRebuilder rebuilder;

    @Override
    public HealthCheckResponse call() {
        boolean open = index.isOpen();
        boolean rebuilding = rebuilder.rebuilding();
        return HealthCheckResponse.named(NAME)
                .status(open && !rebuilding)
                .withData("backend", index.name())
                .withData("open", open)
                .withData("rebuilding", rebuilding)
                .withData("articles", open ? index.size() : 0)
                .build();
    }
}
