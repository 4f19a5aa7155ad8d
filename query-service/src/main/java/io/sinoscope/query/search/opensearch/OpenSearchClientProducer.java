package io.sinoscope.query.search.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * The client of the OpenSearch cluster {@code sinoscope.opensearch.*} names: hosts, credentials, response timeout,
 * and the service's own JSON mapper. Made on first use only, so a replica on the embedded index never connects.
 */
@ApplicationScoped
public class OpenSearchClientProducer {

    private static final Logger LOG = Logger.getLogger(OpenSearchClientProducer.class);

    @Produces
    @Singleton
    OpenSearchClient client(OpenSearchConfig config, ObjectMapper objectMapper) {
        HttpHost[] hosts = config.hosts().stream()
                .map(uri -> new HttpHost(uri.getScheme(), uri.getHost(), uri.getPort()))
                .toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setMapper(new JacksonJsonpMapper(objectMapper))
                .setRequestConfigCallback(request -> request.setResponseTimeout(Timeout.of(config.requestTimeout())));
        if (config.username().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            for (HttpHost host : hosts) {
                credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(
                        config.username().get(), config.password().orElse("").toCharArray()));
            }
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return new OpenSearchClient(builder.build());
    }

    void close(@Disposes OpenSearchClient client) {
        try {
            client._transport().close();
        } catch (IOException e) {
            LOG.debugf("closing the OpenSearch client: %s", e.getMessage());
        }
    }
}
