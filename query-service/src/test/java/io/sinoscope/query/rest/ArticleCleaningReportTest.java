package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.contracts.ArticleEnriched;
import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.contracts.CleaningReport.Removal;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import io.sinoscope.query.TestEvents;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What ingest-service's cleaning removed, from the enriched event to {@code GET /api/v1/articles/{id}}. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ArticleCleaningReportTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final CleaningReport REPORT = new CleaningReport("GB18030", 74, List.of(
            new Removal("nav", "首页 新闻 财经"),
            new Removal("line", "责任编辑：赵某"),
            new Removal("related list", "相关阅读 (3 lines)"),
            new Removal("ocr", "joined 2 broken lines")), "0.1.0+data.0123456789ab");

    @Inject
    ObjectMapper json;

    @Test
    void reportIsExposedWithTheArticle() throws Exception {
        ArticleEnriched event = TestEvents.withCleaning(TestEvents.article("cr-1", "农机补贴扩围",
                "农业农村部表示，今年农机购置补贴范围扩大到丘陵山区适用机具。", List.of(), List.of(), "hash-cr-1"), REPORT);
        TestEvents.send(event.id(), json.writeValueAsString(event));

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/cr-1").then().statusCode(200)
                .body("cleaning.charset", equalTo("GB18030"))
                .body("cleaning.charsetConfidence", equalTo(74))
                .body("cleaning.removed.size()", equalTo(4))
                .body("cleaning.removed[0].kind", equalTo("nav"))
                .body("cleaning.removed[0].text", equalTo("首页 新闻 财经"))
                .body("cleaning.removed[1].kind", equalTo("line"))
                .body("cleaning.removed[1].text", equalTo("责任编辑：赵某"))
                .body("cleaning.removed[2].kind", equalTo("related list"))
                .body("cleaning.removed[3].kind", equalTo("ocr"))
                .body("cleaning.removed[3].text", equalTo("joined 2 broken lines"))
                .body("cleaning.cleanerVersion", equalTo("0.1.0+data.0123456789ab")));
    }

    @Test
    void eventWithoutAReportGivesANullCleaning() throws Exception {
        ArticleEnriched event = TestEvents.article("cr-2", "冷链物流提速", "多地冷链物流园区扩建，生鲜运输时效平均缩短半天。",
                List.of(), List.of(), "hash-cr-2");
        // As a producer that predates the report writes it: no field at all, not even a null.
        ObjectNode old = json.valueToTree(event);
        old.remove("cleaning");
        TestEvents.send(event.id(), json.writeValueAsString(old));

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/cr-2").then().statusCode(200)
                .body("$", hasKey("cleaning"))
                .body("cleaning", nullValue())
                .body("text", equalTo("多地冷链物流园区扩建，生鲜运输时效平均缩短半天。")));
    }

    @Test
    void theSameVersionRepublishedWithAReportFillsItIn() throws Exception {
        ArticleEnriched without = TestEvents.article("cr-3", "海水淡化项目投产", "沿海一座日产十万吨的海水淡化厂正式投产。",
                List.of(), List.of(), "hash-cr-3");
        TestEvents.send(without.id(), json.writeValueAsString(without));
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/cr-3").then().statusCode(200)
                .body("cleaning", nullValue()));

        ArticleEnriched with = TestEvents.withCleaning(without, REPORT);
        TestEvents.send(with.id(), json.writeValueAsString(with));

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/cr-3").then().statusCode(200)
                .body("cleaning.charset", equalTo("GB18030"))
                .body("cleaning.removed.size()", equalTo(4)));
        // And a later copy without one does not erase it.
        TestEvents.send(without.id(), json.writeValueAsString(without));
        ArticleEnriched marker = TestEvents.article("cr-3-after", "标记", "同一分区上的后续事件，用来确认前一条已处理。",
                List.of(), List.of(), "hash-cr-3-after");
        TestEvents.send(without.id(), json.writeValueAsString(marker)); // same key: same partition, after it
        await().atMost(WAIT).untilAsserted(() -> given().get("/api/v1/articles/cr-3-after").then().statusCode(200));
        given().get("/api/v1/articles/cr-3").then().statusCode(200).body("cleaning.charset", equalTo("GB18030"));
    }
}
