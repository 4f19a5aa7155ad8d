package io.sinoscope.localstack.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.sinoscope.localstack.OpenSearchNode;
import java.util.Map;
import java.util.UUID;

/**
 * Points a Quarkus app under test at a real OpenSearch node ({@link OpenSearchNode}, one per test JVM, stopped at
 * exit) with the opensearch search backend, under an alias of its own so each app starts from an empty index.
 * Restrict it to the annotated class: other tests keep the embedded Lucene index.
 */
public class OpenSearchTestResource implements QuarkusTestResourceLifecycleManager {

    /** Shared across the class loaders Quarkus gives each test profile, like {@link SharedTestStack}'s addresses. */
    static final String URL_PROPERTY = "sinoscope.test.opensearch.url";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "sinoscope.search.backend", "opensearch",
                "sinoscope.opensearch.hosts", url(),
                "sinoscope.opensearch.index", "articles-test-" + UUID.randomUUID().toString().substring(0, 8),
                "sinoscope.opensearch.replicas", "0");
    }

    private static synchronized String url() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            url = OpenSearchNode.start().url().toString();
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    @Override
    public void stop() {
        // The node outlives any one app under test; its shutdown hook stops it at JVM exit.
    }
}
