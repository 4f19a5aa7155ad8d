package io.sinoscope.query.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One line of a story evaluation set: an article and the story (cluster label) it belongs to. */
record LabelledArticle(String externalId, String source, String title, String text, Instant publishedAt,
        String region, String cluster) {

    static List<LabelledArticle> read(Path ndjson) {
        ObjectMapper json = new ObjectMapper();
        List<LabelledArticle> articles = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(ndjson, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                articles.add(new LabelledArticle(text(node, "externalId"), text(node, "source"), text(node, "title"),
                        text(node, "text"), OffsetDateTime.parse(text(node, "publishedAt")).toInstant(),
                        text(node, "region"), text(node, "cluster")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
