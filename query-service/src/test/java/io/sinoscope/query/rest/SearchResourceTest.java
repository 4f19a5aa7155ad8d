package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class SearchResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingQueryIsAProblem() {
        given().when().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("q"));
        given().queryParam("q", "  ").when().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void sizeOutOfRangeIsAProblem() {
        given().queryParam("q", "芯片").queryParam("size", 0).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("size"));
        given().queryParam("q", "芯片").queryParam("size", 1000).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("between 1 and 100"));
        given().queryParam("q", "芯片").queryParam("page", -1).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM);
        given().queryParam("q", "芯片").queryParam("size", "ten").when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void badDateIsAProblemThatNamesTheFormat() {
        given().queryParam("q", "芯片").queryParam("from", "notadate").when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("ISO-8601"));
        given().queryParam("q", "芯片").queryParam("from", "2025-02-01").queryParam("to", "2025-01-01")
                .when().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void badSortIsAProblem() {
        given().queryParam("q", "芯片").queryParam("sort", "popularity").when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void validQueryWithoutMatchesHasTheFullShape() {
        given().queryParam("q", "不存在的词语组合").queryParam("from", "2025-01-01T00:00:00+08:00").when()
                .get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0))
                .body("hits.size()", equalTo(0))
                .body("facets.entities", notNullValue())
                .body("facets.sources", notNullValue())
                .body("facets.regions", notNullValue());
    }

    @Test
    void unknownArticleIsNotFound() {
        given().when().get("/api/v1/articles/no-such-article").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("no-such-article"));
    }

    @Test
    void readinessChecksKafkaDatabaseAndIndex() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Lucene index"));
    }
}
