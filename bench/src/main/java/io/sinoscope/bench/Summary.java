package io.sinoscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One table over the JSON results of a launcher run ({@code ./sinoscope bench ...}): a row per checked figure, with
 * the target from the issue and whether it was met.
 *
 * <pre>
 * java -cp bench/target/sinoscope-bench.jar io.sinoscope.bench.Summary RESULT.json...
 * </pre>
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(table(args));
    }

    static String table(String... files) throws IOException {
        StringBuilder out = new StringBuilder(
                "| benchmark | figure | measured | target | result |\n|---|---|---|---|---|\n");
        for (String file : files) {
            JsonNode result = ResultJson.JSON.readTree(Path.of(file).toFile());
            String benchmark = result.path("benchmark").asText();
            if (result.path("checks").isEmpty()) {
                out.append(String.format("| %s | (no target) | | | |%n", benchmark));
            }
            for (JsonNode check : result.path("checks")) {
                out.append(String.format("| %s | %s | %s | %s | %s |%n", benchmark, check.path("figure").asText(),
                        check.path("valueText").asText(), check.path("target").asText(),
                        check.path("met").asBoolean() ? "pass" : "MISS"));
            }
        }
        return out.toString();
    }
}
