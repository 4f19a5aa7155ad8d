package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonTest {

    @Test
    void theDocumentSaysWhatRanWhereWithWhatAndAgainstWhichTarget(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/freshness.json");
        Options options = Options.parse(new String[] {"--rate", "50", "--api-key", "s3cret", "--json",
                file.toString(), "--max"});
        ResultJson result = new ResultJson("freshness", FreshnessDriver.class, options);
        options.integer("rate", 1);
        options.integer("seconds", 60);
        options.secret("api-key", null);
        options.flag("max");
        result.results().put("answer", 42);
        result.check(Check.atMost("freshness p95 at 50/s", 1800, 2000, "ms"));
        result.check(Check.atLeast("ingest rate stored", Double.NaN, 500, "articles/s"));

        result.finish(options);
        JsonNode written = ResultJson.JSON.readTree(file.toFile());

        assertEquals("freshness", written.path("benchmark").asText());
        assertTrue(written.path("date").asText().endsWith("Z"));
        assertTrue(written.path("machine").path("cores").asInt() >= 1);
        assertTrue(written.path("machine").path("memoryMiB").asLong() > 0);
        assertTrue(written.path("machine").path("java").asText().contains(Integer.toString(Runtime.version().feature())),
                written.toString());
        assertEquals("50", written.path("parameters").path("rate").asText());
        assertEquals("60", written.path("parameters").path("seconds").asText(), "defaults are recorded too");
        assertEquals("true", written.path("parameters").path("max").asText());
        assertFalse(written.path("parameters").has("api-key"));
        assertFalse(Files.readString(file).contains("s3cret"), "the key is in no field");
        assertEquals(42, written.path("results").path("answer").asInt());
        JsonNode met = written.path("checks").get(0);
        assertEquals("≤ 2,000 ms", met.path("target").asText());
        assertTrue(met.path("met").asBoolean());
        JsonNode unmeasured = written.path("checks").get(1);
        assertTrue(unmeasured.path("value").isNull());
        assertEquals("not measured", unmeasured.path("valueText").asText());
        assertFalse(unmeasured.path("met").asBoolean());

        String summary = Summary.table(file.toString());
        assertTrue(summary.contains("| freshness | freshness p95 at 50/s | 1,800 ms | ≤ 2,000 ms | pass |"), summary);
        assertTrue(summary.contains("| freshness | ingest rate stored | not measured | ≥ 500 articles/s | MISS |"),
                summary);
    }

    @Test
    void optionsTakeSwitchesAndLetALaterValueWin() {
        Options options = Options.parse(new String[] {"--seconds", "60", "--max", "--seconds", "90", "--q",
                "-zzqq"});

        assertEquals(90, options.integer("seconds", 1));
        assertTrue(options.flag("max"));
        assertFalse(options.flag("quiet"));
        assertEquals("-zzqq", options.get("q", null), "a single dash is a value");
        assertEquals(java.util.List.of("java", "--api-key", "***", "--x"),
                Options.hideSecrets(java.util.List.of("java", "--api-key", "k", "--x")));
    }
}
