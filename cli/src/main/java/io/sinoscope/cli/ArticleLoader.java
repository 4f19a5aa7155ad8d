package io.sinoscope.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts every line of an NDJSON file to ingest-service, then waits until query-service serves each accepted
 * article, so that whoever runs it next (a demo, a person) queries a complete corpus.
 */
final class ArticleLoader {

    private final SinoscopeClient client;
    private final PrintStream out;

    ArticleLoader(SinoscopeClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    /** @return the number of lines ingest-service refused */
    int load(Path ndjson, Duration wait) throws IOException, InterruptedException {
        List<String> accepted = new ArrayList<>();
        int refused = 0;
        int lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(ndjson, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                SinoscopeClient.Answer answer = client.submit(line);
                if (answer.status() == 202) {
                    accepted.add(answer.body().get("id").asText());
                } else {
                    refused++;
                    out.printf("  line %d refused (%d): %s%n", lineNumber, answer.status(),
                            answer.body() == null ? "" : answer.body().path("detail").asText());
                }
            }
        }
        out.printf("  %d articles accepted by ingest-service, %d refused%n", accepted.size(), refused);
        awaitIndexed(accepted, wait);
        return refused;
    }

    private void awaitIndexed(List<String> ids, Duration wait) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<String> pending = new ArrayList<>(ids);
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            List<String> still = new ArrayList<>();
            for (String id : pending) {
                if (client.enrichedArticle(id).status() != 200) {
                    still.add(id);
                }
            }
            pending = still;
            if (!pending.isEmpty()) {
                Thread.sleep(500);
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException(pending.size() + " accepted articles were not served by query-service "
                    + "within " + wait.toSeconds() + " s; check ./sinoscope logs nlp-service and query-service");
        }
        out.printf("  all %d analysed and searchable on query-service%n", ids.size());
    }
}
