package io.sinoscope.nlp.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
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
}
