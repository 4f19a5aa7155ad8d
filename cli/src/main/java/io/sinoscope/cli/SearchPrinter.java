package io.sinoscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;

/** Shows a search the way a person reads it: total, then one line per hit with its highlighted snippet. */
final class SearchPrinter {

    private final SinoscopeClient client;
    private final PrintStream out;

    SearchPrinter(SinoscopeClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    void print(String q, int size) throws IOException, InterruptedException {
        SinoscopeClient.Answer answer = client.search(q, size);
        out.printf("%nGET /api/v1/search?q=%s%n", q);
        if (answer.status() != 200) {
            out.printf("  %d: %s%n", answer.status(), answer.body() == null ? "" : answer.body().path("detail").asText());
            return;
        }
        out.print(format(answer.body()));
    }

    static String format(JsonNode result) {
        StringBuilder text = new StringBuilder();
        text.append("  ").append(result.path("total").asLong()).append(" hits\n");
        for (JsonNode hit : result.path("hits")) {
            text.append(String.format("  [%s] %s (%s, %s)%n", hit.path("region").asText("?"), hit.path("title").asText(),
                    hit.path("source").asText(), hit.path("publishedAt").asText("undated")));
            String snippet = hit.path("snippet").asText("");
            if (!snippet.isEmpty()) {
                text.append("        ").append(snippet.replace("<em>", "[").replace("</em>", "]")).append('\n');
            }
        }
        return text.toString();
    }
}
