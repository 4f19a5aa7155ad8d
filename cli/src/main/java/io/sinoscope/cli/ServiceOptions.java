package io.sinoscope.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where the services listen and the key to send: the options every command that talks to them shares. */
final class ServiceOptions {

    @Option(names = "--ingest", paramLabel = "URL", defaultValue = "http://localhost:8081",
            description = "ingest-service base URL (default: ${DEFAULT-VALUE})")
    URI ingest;

    @Option(names = "--query", paramLabel = "URL", defaultValue = "http://localhost:8083",
            description = "query-service base URL (default: ${DEFAULT-VALUE})")
    URI query;

    @Option(names = "--api-key", paramLabel = "KEY", defaultValue = "${env:SINOSCOPE_API_KEY}",
            description = "sent as X-Api-Key (default: the SINOSCOPE_API_KEY environment variable)")
    String apiKey;

    SinoscopeClient client() {
        return new SinoscopeClient(ingest, query, apiKey);
    }
}
