package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {

    @Test
    void resultsBecomeOnePngPerBenchmark(@TempDir Path dir) throws Exception {
        Path results = Files.createDirectories(dir.resolve("results"));
        Files.writeString(results.resolve("query-1.json"), """
                {"benchmark":"query","date":"2026-11-29T10:00:00Z","results":{"articles":5000,
                 "all":{"service":{"p50":3.1,"p99":40.2}}}}""");
        Files.writeString(results.resolve("query-2.json"), """
                {"benchmark":"query","date":"2026-11-29T11:00:00Z","results":{"articles":100000,
                 "all":{"service":{"p50":4.5,"p99":61.0}}}}""");
        Files.writeString(results.resolve("freshness-1.json"), """
                {"benchmark":"freshness","date":"2026-11-29T12:00:00Z","results":{"phases":[
                 {"offeredRate":25,"freshnessMillis":{"p50":600,"p95":900}},
                 {"offeredRate":50,"freshnessMillis":{"p50":800,"p95":1500}},
                 {"offeredRate":100,"freshnessMillis":{"p50":9000,"p95":null}}]}}""");
        Path out = dir.resolve("img");

        Plot.main(new String[] {"--results", results.toString(), "--out", out.toString()});

        for (String png : new String[] {"query-latency.png", "freshness.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(png).toFile());
            assertEquals(800, image.getWidth(), png);
        }
        var documents = Plot.read(results);
        assertFalse(Plot.queryLatency(documents).isEmpty());
        assertTrue(Plot.queryLatency(Plot.read(dir.resolve("none"))).isEmpty());
    }

    @Test
    void axesEndOnRoundNumbers() {
        assertEquals(50, Chart.niceCeiling(41));
        assertEquals(2.5, Chart.niceCeiling(2.2));
        assertEquals(100_000, Chart.niceCeiling(100_000));
        assertEquals(1, Chart.niceCeiling(0));
    }
}
