package io.sinoscope.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.nlp.service.AnalysisPermits;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class AnalyzeResourceTest {

    @Test
    void analysesAHongKongText() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "特朗普宣佈對進口貨品加徵關稅，港元匯價靠穩。", "publishedAt", "2026-11-05T10:00:00+08:00"))
                .when().post("/api/v1/analyze")
                .then().statusCode(200)
                .body("script", equalTo("TRADITIONAL"))
                .body("region", equalTo("HK"))
                .body("entities.name", hasItem("Donald Trump"))
                .body("normalizedText", containsString("特朗普宣布"))
                .body("summary", equalTo("特朗普宣佈對進口貨品加徵關稅，港元匯價靠穩。"));
    }

    @Test
    void extractsFactsWithOriginalOffsetsAndTopics() {
        String text = "美國商務部週二宣布，對進口晶片的關稅從50%下調至25%，涉及金額約5,500億美元。";
        given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publishedAt", "2026-11-05T10:00:00+08:00"))
                .when().post("/api/v1/analyze")
                .then().statusCode(200)
                .body("facts.kind", hasItem("tariff_change"))
                .body("facts.find { it.kind == 'tariff_change' }.attributes.from", equalTo(50.0f))
                .body("facts.find { it.kind == 'tariff_change' }.attributes.to", equalTo(25.0f))
                .body("facts.find { it.kind == 'money' }.currency", equalTo("USD"))
                .body("facts.find { it.kind == 'money' }.text", equalTo("約5,500億美元"))
                .body("topics", hasItem("tariffs-trade"))
                .body("entities[0].mentions[0].confidence", notNullValue());
    }

    @Test
    void missingTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("publishedAt", "2026-11-05T10:00:00Z"))
                .when().post("/api/v1/analyze")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("text is required"));
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": \"未完")
                .when().post("/api/v1/analyze")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void oversizeBodyIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "字".repeat(2_000_000)))
                .when().post("/api/v1/analyze")
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Inject
    AnalysisPermits permits;

    @Test
    void textOverTheEndpointsLimitIsA413NamingTheKnobAndIngest() {
        given().contentType(ContentType.JSON).body(Map.of("text", "字".repeat(20_001)))
                .when().post("/api/v1/analyze")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("sinoscope.analyze.max-text-chars = 20000"))
                .body("detail", containsString("POST /api/v1/articles"));
        given().contentType(ContentType.JSON).body(Map.of("text", "字".repeat(20_000)))
                .when().post("/api/v1/analyze")
                .then().statusCode(200);
    }

    @Test
    void analysesBeyondTheConcurrencyLimitAreRefusedWithRetryAfter() {
        // Every permit held, as by that many slow analyses in flight.
        List<AnalysisPermits.Permit> held = new ArrayList<>();
        for (var permit = permits.tryAcquire(); permit.isPresent(); permit = permits.tryAcquire()) {
            held.add(permit.get());
        }
        try {
            assertEquals(permits.total(), held.size());
            given().contentType(ContentType.JSON).body(Map.of("text", "特朗普宣佈對進口貨品加徵關稅。"))
                    .when().post("/api/v1/analyze")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("detail", containsString("sinoscope.analyze.max-concurrent"));
        } finally {
            held.forEach(AnalysisPermits.Permit::close);
        }
        given().contentType(ContentType.JSON).body(Map.of("text", "特朗普宣佈對進口貨品加徵關稅。"))
                .when().post("/api/v1/analyze")
                .then().statusCode(200);
    }
}
