package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.cli.FakeIngest.Received;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Short waits instead of 1, 2 and 4 s: the same three retries, without slowing the build. */
    private static final List<Duration> QUICK_BACKOFF = List.of(Duration.ofMillis(10), Duration.ofMillis(20),
            Duration.ofMillis(40));

    @TempDir
    Path temp;

    private FakeIngest ingest;
    /** What the last import wrote on stderr. */
    private String lastErr = "";

    @AfterEach
    void stopIngest() {
        if (ingest != null) {
            ingest.close();
        }
    }

    @Test
    void sendsNestedTextAndHtmlFilesOfADirectoryAsTheyAreAndSkipsTheRest() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("wire-feed"));
        byte[] mainland = "国务院今日召开常务会议，部署稳就业措施。".getBytes(GB18030);
        byte[] taiwan = "立法院今天三讀通過預算案。".getBytes(BIG5);
        byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>港股今日收高。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        write(dir.resolve("2024/11/国内.txt"), mainland);
        write(dir.resolve("2024/台湾.TEXT"), taiwan);
        write(dir.resolve("港股.HTML"), page);
        write(dir.resolve("2024/photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        ingest = new FakeIngest(request -> FakeIngest.accepted());

        ArticleImporter.Summary summary = importAll(dir, "wire-feed");

        Map<String, Received> byId = byExternalId(ingest.received());
        assertEquals(Set.of("2024/11/国内.txt", "2024/台湾.TEXT", "港股.HTML"), byId.keySet());
        assertArrayEquals(mainland, byId.get("2024/11/国内.txt").body(), "GB18030 bytes must arrive untouched");
        assertArrayEquals(taiwan, byId.get("2024/台湾.TEXT").body(), "Big5 bytes must arrive untouched");
        assertArrayEquals(page, byId.get("港股.HTML").body());
        assertEquals(List.of("application/octet-stream"), byId.get("2024/11/国内.txt").contentTypes(),
                "no charset: the service detects it");
        assertEquals(List.of("text/html"), byId.get("港股.HTML").contentTypes());
        assertEquals(List.of("test-key"), byId.get("港股.HTML").apiKeys(), "the API key goes with every file");
        for (Received request : ingest.received()) {
            assertEquals("/api/v1/articles/raw", request.path());
            assertEquals("wire-feed", request.params().get("source"));
        }
        assertEquals(new ArticleImporter.Summary(3, 0, 1, List.of()), summary);
        assertEquals(0, summary.exitCode());
    }

    @Test
    void sendsTheArticleEntriesOfAZip() throws Exception {
        Path zip = temp.resolve("archive-2024.zip");
        byte[] football = "国足今晚客场迎战对手。".getBytes(GB18030);
        try (var out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8)) {
            out.putNextEntry(new ZipEntry("sports/"));
            putZipEntry(out, "sports/足球.txt", football);
            putZipEntry(out, "index.htm", "<p>今日要闻</p>".getBytes(StandardCharsets.UTF_8));
            putZipEntry(out, "logo.png", new byte[] {1, 2, 3});
        }
        ingest = new FakeIngest(request -> FakeIngest.accepted());

        ArticleImporter.Summary summary = importAll(zip, ImportSource.of(zip).name());

        Map<String, Received> byId = byExternalId(ingest.received());
        assertEquals(Set.of("sports/足球.txt", "index.htm"), byId.keySet());
        assertArrayEquals(football, byId.get("sports/足球.txt").body());
        assertEquals("archive-2024", byId.get("index.htm").params().get("source"));
        assertEquals(new ArticleImporter.Summary(2, 0, 1, List.of()), summary);
    }

    @Test
    void sendsTheArticleEntriesOfATarGz() throws Exception {
        Path tarGz = temp.resolve("feed.tar.gz");
        byte[] economy = "央行宣布下调存款准备金率。".getBytes(GB18030);
        try (var out = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tarGz)),
                StandardCharsets.UTF_8.name())) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.putArchiveEntry(new TarArchiveEntry("./economy/"));
            out.closeArchiveEntry();
            putTarEntry(out, "./economy/财经新闻.txt", economy);
            putTarEntry(out, "./economy/chart.svg", "<svg/>".getBytes(StandardCharsets.UTF_8));
            putTarEntry(out, "./头条.html", "<h1>头条</h1>".getBytes(StandardCharsets.UTF_8));
        }
        ingest = new FakeIngest(request -> FakeIngest.accepted());

        ArticleImporter.Summary summary = importAll(tarGz, ImportSource.of(tarGz).name());

        Map<String, Received> byId = byExternalId(ingest.received());
        assertEquals(Set.of("economy/财经新闻.txt", "头条.html"), byId.keySet());
        assertArrayEquals(economy, byId.get("economy/财经新闻.txt").body());
        assertEquals("feed", byId.get("头条.html").params().get("source"));
        assertEquals(new ArticleImporter.Summary(2, 0, 1, List.of()), summary);
    }

    @Test
    void aRerunSendsOnlyWhatFailedAndNothingTwice() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("batch"));
        for (int i = 1; i <= 6; i++) {
            write(dir.resolve("day" + i % 2 + "/新闻" + i + ".txt"), ("第" + i + "条新闻：天气晴朗。").getBytes(GB18030));
        }
        Set<String> unlucky = Set.of("day0/新闻2.txt", "day1/新闻5.txt");
        ingest = new FakeIngest(request -> unlucky.contains(request.externalId())
                ? FakeIngest.problem(503, "Kafka is not reachable") : FakeIngest.accepted());

        ArticleImporter.Summary first = importAll(dir, "batch");

        assertEquals(1, first.exitCode());
        assertEquals(4, first.imported());
        assertEquals(unlucky, first.failures().stream().map(ArticleImporter.Failure::externalId)
                .collect(Collectors.toSet()));
        assertTrue(first.failures().get(0).reason().startsWith("503 Kafka is not reachable"),
                first.failures().get(0).reason());
        Map<String, Long> attempts = ingest.received().stream()
                .collect(Collectors.groupingBy(Received::externalId, Collectors.counting()));
        assertEquals(4L, attempts.get("day0/新闻2.txt"), "the first try and three retries");
        try (ImportState state = ImportState.open(temp.resolve("state"), dir)) {
            unlucky.forEach(id -> assertFalse(state.isDone(id), id));
            assertTrue(state.isDone("day1/新闻1.txt"));
        }

        ingest.forget();
        ingest.answerWith(request -> FakeIngest.accepted());
        ArticleImporter.Summary second = importAll(dir, "batch");

        assertEquals(unlucky, Set.copyOf(ingest.received().stream().map(Received::externalId).toList()));
        assertEquals(2, ingest.received().size(), "none sent twice");
        assertEquals(new ArticleImporter.Summary(2, 4, 0, List.of()), second);
        assertTrue(lastErr.contains("4 files already imported"), lastErr);
    }

    @Test
    void aRefusedFileIsRecordedWithItsDetailAndTheImportGoesOn() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("mixed"));
        write(dir.resolve("空白.txt"), "   ".getBytes(StandardCharsets.UTF_8));
        write(dir.resolve("正常.txt"), "今天股市上涨。".getBytes(StandardCharsets.UTF_8));
        ingest = new FakeIngest(request -> request.externalId().equals("空白.txt")
                ? FakeIngest.problem(422, "the file holds no article text") : FakeIngest.accepted());

        ArticleImporter.Summary summary = importAll(dir, "mixed");

        assertEquals(List.of(new ArticleImporter.Failure("空白.txt", "422 the file holds no article text")),
                summary.failures());
        assertEquals(1, summary.imported());
        assertEquals(2, ingest.received().size(), "a 4xx is not retried");
        assertEquals(1, summary.exitCode());
        var printed = new ByteArrayOutputStream();
        summary.print(new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("空白.txt: 422 the file holds no article text"));
    }

    @Test
    void encodesChineseSpacesAndPlusInParametersAsUtf8() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("feed"));
        write(dir.resolve("时政 要闻/人民+日报.txt"), "会议在北京举行。".getBytes(GB18030));
        ingest = new FakeIngest(request -> FakeIngest.accepted());

        importAll(dir, "新华 社");

        Received request = ingest.received().get(0);
        assertEquals("时政 要闻/人民+日报.txt", request.externalId());
        assertEquals("新华 社", request.params().get("source"));
        assertEquals("source=%E6%96%B0%E5%8D%8E%20%E7%A4%BE&externalId=%E6%97%B6%E6%94%BF%20%E8%A6%81%E9%97%BB"
                + "%2F%E4%BA%BA%E6%B0%91%2B%E6%97%A5%E6%8A%A5.txt", request.rawQuery());
    }

    @Test
    void keepsAtMostConcurrencyFilesInFlight() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("many"));
        for (int i = 0; i < 12; i++) {
            write(dir.resolve(i + ".txt"), "简讯。".getBytes(StandardCharsets.UTF_8));
        }
        ingest = new FakeIngest(slowly(request -> FakeIngest.accepted()));

        ArticleImporter.Summary summary = importAll(dir, "many", 3);

        assertEquals(12, summary.imported());
        assertTrue(ingest.maxInFlight() <= 3, "in flight: " + ingest.maxInFlight());
        assertTrue(ingest.maxInFlight() >= 2, "sent one at a time");
    }

    @Test
    void noAnswerIsRetriedThenRecorded() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("offline"));
        write(dir.resolve("a.txt"), "断网了。".getBytes(StandardCharsets.UTF_8));
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var client = new SinoscopeClient(URI.create("http://127.0.0.1:" + closedPort), URI.create("http://unused"), "test-key");

        ArticleImporter.Summary summary = importAll(client, dir, "offline", 2);

        assertEquals(1, summary.failures().size());
        String reason = summary.failures().get(0).reason();
        assertEquals("no answer: cannot connect (4 attempts)", reason);
    }

    @Test
    void onlyTextAndHtmlFilesAreArticles() {
        assertEquals("application/octet-stream", ArticleImporter.contentTypeOf("a/b.TXT"));
        assertEquals("application/octet-stream", ArticleImporter.contentTypeOf("b.text"));
        assertEquals("text/html", ArticleImporter.contentTypeOf("c.Htm"));
        assertEquals("text/html", ArticleImporter.contentTypeOf("d.html"));
        assertEquals(null, ArticleImporter.contentTypeOf("e.xhtml.bak"));
        assertEquals(null, ArticleImporter.contentTypeOf("txt"));
    }

    private ArticleImporter.Summary importAll(Path path, String source) throws Exception {
        return importAll(path, source, 4);
    }

    private ArticleImporter.Summary importAll(Path path, String source, int concurrency) throws Exception {
        return importAll(new SinoscopeClient(ingest.uri(), URI.create("http://unused"), "test-key"), path, source, concurrency);
    }

    private ArticleImporter.Summary importAll(SinoscopeClient client, Path path, String source, int concurrency)
            throws Exception {
        var err = new ByteArrayOutputStream();
        var importer = new ArticleImporter(client, concurrency, QUICK_BACKOFF,
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        try (ImportState state = ImportState.open(temp.resolve("state"), path)) {
            ArticleImporter.Summary summary = importer.run(ImportSource.of(path), source, state);
            lastErr = err.toString(StandardCharsets.UTF_8);
            return summary;
        }
    }

    private static Function<Received, FakeIngest.Response> slowly(Function<Received, FakeIngest.Response> answer) {
        return request -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer.apply(request);
        };
    }

    private static Map<String, Received> byExternalId(List<Received> received) {
        return received.stream().collect(Collectors.toMap(Received::externalId, request -> request));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void putZipEntry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void putTarEntry(TarArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setSize(bytes.length);
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
