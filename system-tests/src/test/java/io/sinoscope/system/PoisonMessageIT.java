package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.sinoscope.contracts.Topics;
import io.sinoscope.localstack.testing.KafkaTestClient;
import io.sinoscope.localstack.testing.SharedTestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, poison messages, on the packaged services as processes: nlp-service runs with a text limit
 * ({@code sinoscope.analysis.max-text-chars}) that a few of the articles ingest accepts exceed, and one event on
 * {@code articles.ingested} is not an event at all. Those must be dead-lettered with their reason while every other
 * article flows past them on its partition to search; operators must see them in {@code GET /api/v1/admin/dlq}.
 * Then the fix: nlp-service redeployed with the limit raised and the DLQ replayed
 * ({@code POST /api/v1/admin/dlq/replay}). Every accepted article must then be searchable and stored exactly once;
 * the unparsable record, still poison, must be back in the DLQ with its replay count and not sent round again; and
 * a second replay must send only that record, not the articles the first one delivered.
 */
class PoisonMessageIT {

    private static final String API_KEY = "poison-message-key";
    /** nlp-service's text limit while it is fed: above every brief (at most 40 characters), below every report. */
    private static final int LOW_LIMIT = 60;
    /** The fix: nlp-service's default, what ingest accepts. */
    private static final int RAISED_LIMIT = 1_000_000;
    private static final int ARTICLES = 150;
    private static final int CHUNK = 30;
    /**
     * Written for this test, one subject each, so that no report is a near-duplicate of another (ingest would then
     * never publish it). Each is longer than {@link #LOW_LIMIT}.
     */
    private static final List<String> REPORTS = List.of(
            "本市老旧小区改造工程今年进入第二阶段，计划完成外墙保温、雨污分流和电梯加装等项目。住建部门表示，施工期间将分段"
                    + "封闭部分道路，并在每个小区设立居民接待点，及时回应噪声和停车方面的意见。",
            "今年夏粮收购已全面展开，各地粮库延长开放时间，方便农民就近交售。气象部门提醒，未来一周南方多地有持续降雨，已收获"
                    + "的小麦要及时晾晒入仓，防止受潮霉变。",
            "为期五天的国际图书博览会昨日闭幕，来自四十多个国家和地区的出版机构参展，现场签订版权贸易协议一千余项。主办方介绍，"
                    + "本届展会首次设立数字出版专区，有声书和古籍数字化成果受到观众关注。",
            "新建高速铁路今天开始联调联试，检测列车将逐级提速，对轨道、供电和通信信号等系统进行全面测试。铁路部门表示，联调联试"
                    + "结束后还要进行运行试验，预计年内开通运营，沿线城市之间的旅行时间将缩短一半以上。",
            "市卫生健康委员会发布消息，全市十二家医院将于下月起推行检查结果互认，患者转诊时不必重复进行血常规和影像等常规检查。"
                    + "首批互认项目共有八十余项，以后还会逐步扩大范围。");
    /** The briefs the reports replace: early, so that many briefs follow each of them on its partition. */
    private static final List<Integer> REPORTS_AT = List.of(5, 25, 45, 65, 85);
    /** Cut off inside the id: no JSON parser, old or fixed, reads an event from it. */
    private static final String UNPARSABLE = "{\"schemaVersion\":1,\"id\":\"8f0c";
    /** The header in which nlp-service's replay counts a record's replays (DeadLetter.REPLAYS). */
    private static final String REPLAYS = "sinoscope-replays";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration QUIET_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "poison-" + run;
    private final String unparsableKey = "unparsable-" + run;
    private RunningSystem system;

    @AfterEach
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void poisonIsDeadLetteredWhileThePartitionsFlowAndAReplayAfterTheFixDeliversEachArticleOnce() throws Exception {
        NewsBriefs briefs = new NewsBriefs(source);
        List<Map<String, Object>> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            int report = REPORTS_AT.indexOf(i);
            Map<String, Object> article = report < 0 ? briefs.article(i) : briefs.article(i, REPORTS.get(report));
            int length = ((String) article.get("text")).length();
            assertEquals(report >= 0, length > LOW_LIMIT, "the fixture: brief " + i + " has " + length + " characters");
            articles.add(article);
        }
        long started = System.nanoTime();
        // The DLQ and its replay position are shared with every earlier test of this JVM: replays take only what was
        // dead-lettered from now on.
        Instant since = Instant.now();
        system = RunningSystem.start(API_KEY,
                Map.of("nlp-service", Map.of("sinoscope.analysis.max-text-chars", String.valueOf(LOW_LIMIT))));
        long ready = System.nanoTime();

        ResilientIngest client = new ResilientIngest(system.ingest, API_KEY);
        for (int first = 0; first < ARTICLES; first += CHUNK) {
            client.send(articles.subList(first, Math.min(ARTICLES, first + CHUNK)), WAIT);
            if (first == 0) {
                KafkaTestClient.send(Topics.ARTICLES_INGESTED, unparsableKey, UNPARSABLE);
            }
        }
        assertEquals(List.of(), client.violations(), "ingest answered something a correct ingest never answers");
        Map<String, String> accepted = client.accepted();
        assertEquals(ARTICLES, accepted.size(), "articles accepted");
        Map<String, String> reports = new TreeMap<>(); // article id -> externalId
        REPORTS_AT.forEach(i -> reports.put(accepted.get(briefs.externalId(i)), briefs.externalId(i)));
        Map<String, String> flowing = new HashMap<>(accepted);
        flowing.values().removeAll(reports.keySet());
        Set<String> poison = new HashSet<>(reports.keySet());
        poison.add(unparsableKey);

        // Dead-lettered with a reason; everything else reaches search past them.
        await("the poison dead-lettered").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(poison).keySet(), keys -> keys.equals(poison));
        RunOutcome.awaitQuiet(system, source, flowing.size(), QUIET_TIMEOUT);
        long deadLettered = System.nanoTime();
        RunOutcome beforeFix = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        assertEquals(sorted(flowing.keySet()), sorted(beforeFix.searched()),
                "search must list every article under the limit once, and no other: " + beforeFix.summary());
        assertEquals(flowing.keySet(), beforeFix.queryRows().keySet(), "articles stored by query-service");
        Map<String, List<ConsumerRecord<String, String>>> dead = deadLettered(poison);
        for (String id : poison) {
            assertEquals(1, dead.get(id).size(), id + " dead-lettered more than once");
            String reason = KafkaTestClient.header(dead.get(id).get(0), "dead-letter-reason");
            assertTrue(reason != null && reason.contains(id.equals(unparsableKey) ? "is not a valid event"
                    : "more than sinoscope.analysis.max-text-chars (" + LOW_LIMIT + ")"), id + ": " + reason);
        }
        int passed = assertPartitionsFlowedPast(dead.values(), flowing.values());

        // Operators see them with their errors, and that a replay would send them.
        JsonPath overview = admin().queryParam("recent", 100).get("/api/v1/admin/dlq").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Topics.ARTICLES_INGESTED_DLQ, overview.getString("topic"));
        assertTrue(overview.getLong("pending") >= poison.size(), overview.prettify());
        for (String id : poison) {
            Map<String, Object> listed = listed(overview, id);
            assertEquals(KafkaTestClient.header(dead.get(id).get(0), "dead-letter-reason"), listed.get("error"),
                    listed.toString());
            assertEquals("io.sinoscope.nlp.service.InvalidEventException", listed.get("exception"), listed.toString());
            assertEquals(0, listed.get("replays"), listed.toString());
        }
        given().baseUri(system.nlp.baseUri()).get("/api/v1/admin/dlq").then().statusCode(401);

        // The fix: nlp-service redeployed with the limit raised, then the DLQ replayed.
        system.nlp.close();
        system.nlp.restart(Map.of("sinoscope.analysis.max-text-chars", String.valueOf(RAISED_LIMIT)));
        system.nlp.awaitReady(START_TIMEOUT);
        long fixed = System.nanoTime();
        JsonPath firstReplay = replay(since);
        assertTrue(firstReplay.getLong("counts.replayed") >= poison.size(), firstReplay.prettify());
        await("the unparsable record dead-lettered again").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(Set.of(unparsableKey)).getOrDefault(unparsableKey, List.of()).size() >= 2);
        RunOutcome.awaitQuiet(system, source, ARTICLES, QUIET_TIMEOUT);
        long replayed = System.nanoTime();
        RunOutcome afterFix = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        assertEquals(List.of(), afterFix.problems(accepted), "after the replay: " + afterFix.summary());
        assertStillPoisonOnce(1, reports.keySet());
        assertEquals(1, listed(admin().queryParam("recent", 100).get("/api/v1/admin/dlq").then().statusCode(200)
                .extract().jsonPath(), unparsableKey).get("replays"), "the DLQ's newest copy of the unparsable record");

        // A second replay sends what was dead-lettered since the first: the unparsable record, not the articles.
        JsonPath secondReplay = replay(since);
        await("the unparsable record dead-lettered a third time").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> deadLettered(Set.of(unparsableKey)).getOrDefault(unparsableKey, List.of()).size() >= 3);
        RunOutcome.awaitQuiet(system, source, ARTICLES, QUIET_TIMEOUT);
        RunOutcome afterSecond = RunOutcome.read(system.query, SharedTestStack.postgresUrls()[0], source);
        assertEquals(List.of(), afterSecond.problems(accepted), "after the second replay: " + afterSecond.summary());
        assertStillPoisonOnce(2, reports.keySet());

        String summary = String.format("PoisonMessageIT: %d articles accepted (%d over the limit of %d characters) and "
                        + "1 unparsable event; %d dead-lettered, %d briefs searchable and %d of them behind a dead "
                        + "letter on its partition before the fix; replays sent %d then %d records; %s; services "
                        + "started in %.1f s, dead-lettered and drained %.1f s after, nlp-service redeployed in %.1f s, "
                        + "first replay delivered in %.1f s, whole test %.1f s", accepted.size(), reports.size(),
                LOW_LIMIT, poison.size(), beforeFix.searched().size(), passed,
                firstReplay.getLong("counts.replayed"), secondReplay.getLong("counts.replayed"), afterSecond.summary(),
                seconds(ready - started), seconds(deadLettered - ready), seconds(fixed - deadLettered),
                seconds(replayed - fixed), seconds(System.nanoTime() - started));
        System.out.println(summary);
        for (ServiceProcess service : system.services()) {
            assertTrue(service.isAlive(), service.name() + " died; see " + service.log());
        }
    }

    /**
     * After {@code replays} replays: the unparsable record is in the DLQ once more than it was replayed, its newest
     * copy counting the replays, and was sent to analysis once per replay (no replay sent it twice, none looped it);
     * each report was dead-lettered once and sent to analysis twice (by ingest, and by the first replay only).
     */
    private void assertStillPoisonOnce(int replays, Set<String> reports) {
        List<ConsumerRecord<String, String>> copies = deadLettered(Set.of(unparsableKey)).get(unparsableKey);
        assertEquals(replays + 1, copies.size(), "copies of the unparsable record in the DLQ");
        ConsumerRecord<String, String> newest = copies.get(copies.size() - 1);
        assertEquals(String.valueOf(replays), KafkaTestClient.header(newest, REPLAYS), "its replay count");
        assertTrue(KafkaTestClient.header(newest, "dead-letter-reason").contains("is not a valid event"),
                KafkaTestClient.header(newest, "dead-letter-reason"));
        Map<String, List<ConsumerRecord<String, String>>> dead = deadLettered(reports);
        Map<String, Long> analysed = KafkaTestClient.readToEnd(Topics.ARTICLES_INGESTED,
                r -> reports.contains(r.key()) || unparsableKey.equals(r.key())).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        assertEquals(replays + 1L, analysed.get(unparsableKey), "the unparsable record on articles.ingested");
        for (String id : reports) {
            assertEquals(1, dead.get(id).size(), id + " in the DLQ");
            assertEquals(2L, analysed.get(id), id + " on articles.ingested: from ingest and from the first replay");
        }
    }

    /**
     * The partitions kept flowing: a brief of this run was published to each dead letter's partition after it and is
     * searchable (the caller checked every brief is). Returns how many briefs came after a dead letter that way.
     */
    private static int assertPartitionsFlowedPast(Collection<List<ConsumerRecord<String, String>>> dead,
            Collection<String> briefIds) {
        Set<String> ids = Set.copyOf(briefIds);
        List<ConsumerRecord<String, String>> published = KafkaTestClient.readToEnd(Topics.ARTICLES_INGESTED,
                r -> ids.contains(r.key()));
        Set<String> behind = new HashSet<>();
        for (List<ConsumerRecord<String, String>> copies : dead) {
            ConsumerRecord<String, String> letter = copies.get(0);
            assertEquals(Topics.ARTICLES_INGESTED, KafkaTestClient.header(letter, "dead-letter-topic"));
            int partition = Integer.parseInt(KafkaTestClient.header(letter, "dead-letter-partition"));
            long offset = Long.parseLong(KafkaTestClient.header(letter, "dead-letter-offset"));
            List<String> after = published.stream().filter(r -> r.partition() == partition && r.offset() > offset)
                    .map(ConsumerRecord::key).toList();
            assertNotEquals(List.of(), after, letter.key() + " (articles.ingested-" + partition + "@" + offset
                    + ") is followed by no brief on its partition: the test shows nothing flowing past it");
            behind.addAll(after);
        }
        return behind.size();
    }

    /** This run's dead letters in the DLQ, by key, oldest first. */
    private static Map<String, List<ConsumerRecord<String, String>>> deadLettered(Set<String> keys) {
        return KafkaTestClient.readToEnd(Topics.ARTICLES_INGESTED_DLQ, r -> keys.contains(r.key())).stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
    }

    /** Starts a replay of what was dead-lettered from {@code since} on, and waits for its job to succeed. */
    private JsonPath replay(Instant since) {
        String location = admin().queryParam("since", since.toString()).post("/api/v1/admin/dlq/replay").then()
                .statusCode(202).extract().header("Location");
        assertNotNull(location, "the replay's 202 names no job");
        return await("the replay job " + location).atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> admin().get(location).then().statusCode(200).extract().jsonPath(), job -> {
                    assertNotEquals("FAILED", job.getString("state"), job.prettify());
                    return "SUCCEEDED".equals(job.getString("state"));
                });
    }

    private RequestSpecification admin() {
        return given().baseUri(system.nlp.baseUri()).header("X-Api-Key", API_KEY);
    }

    /** The newest entry of {@code GET /api/v1/admin/dlq} for this article id (the list is newest first). */
    private static Map<String, Object> listed(JsonPath overview, String articleId) {
        List<Map<String, Object>> recent = overview.getList("recent");
        return recent.stream().filter(d -> articleId.equals(d.get("articleId"))).findFirst()
                .orElseThrow(() -> new AssertionError(articleId + " not among the recent dead letters: " + recent));
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
