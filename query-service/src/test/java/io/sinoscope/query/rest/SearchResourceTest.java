package io.sinoscope.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.concurrent.TimeUnit;
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
    void luceneAndSqlSyntaxIsSearchedAsPlainTextQuickly() {
        for (String q : new String[] {"*foo", "foo~", "芯片~0.8", "a AND (b OR", "\"unclosed", "title:芯片", "*:*",
                "'; DROP TABLE article; --", "芯片 OR 1=1", "((((((((((((((((((((芯片))))))))))))))))))))", "?", "\\",
                "[2020 TO *]", "{!lucene}芯片", "+芯片 -", "%00", "\u0000\u0001芯片\u001f", "芯片^100"}) {
            given().queryParam("q", q).when().get("/api/v1/search").then()
                    .time(lessThan(5L), TimeUnit.SECONDS)
                    .statusCode(anyOf(equalTo(200), equalTo(400)))
                    .contentType(anyOf(containsString("application/json"), containsString(PROBLEM)));
        }
    }

    @Test
    void aQueryTheSyntaxCannotReadIsAProblemNamingThePosition() {
        given().queryParam("q", "稀土 (大豆 OR 出口").when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("detail", containsString("unclosed parenthesis opened at position 4"));
        given().queryParam("q", "稀土 OR").when().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("expected a term, phrase or group after OR at position 4"));
        given().queryParam("q", "稀土） 大豆").when().get("/api/v1/search").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("unexpected '）' at position 3"));
        given().queryParam("q", "稀土 region:").when().get("/api/v1/search").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("expected a value after region: at position 4"));
    }

    @Test
    void overlongQueryIsAProblemNamingTheLimit() {
        // 98 KB of UTF-8 (294 KB percent-encoded): far over Vert.x's default 4 KB request line, under the 512 KB
        // query-service allows, so the search answers it with a problem+json.
        given().queryParam("q", "芯片 ".repeat(14_000)).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("the limit is 200"));
        given().queryParam("q", "x".repeat(201)).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("201 characters"));
    }

    @Test
    void tooManyTermsIsAProblemNamingTheLimit() {
        given().queryParam("q", "芯片 ".repeat(21)).when().get("/api/v1/search").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("21 terms; the limit is 20"));
        given().queryParam("q", "a ".repeat(20)).when().get("/api/v1/search").then().statusCode(200);
    }

    @Test
    void queryAtTheLimitsThatExpandsTooFarIsAProblemNotAnError() {
        // 200 Traditional characters with Taiwan vocabulary: several regional forms, each a 199-bigram phrase in two
        // fields; either it fits Lucene's clause limit and is searched, or it is a 400 naming that limit.
        String q = "軟體晶片網際網路人工智慧".repeat(17).substring(0, 200);
        given().queryParam("q", q).when().get("/api/v1/search").then()
                .time(lessThan(5L), TimeUnit.SECONDS)
                .statusCode(anyOf(equalTo(200), equalTo(400)));
        String terms = ("川普 特朗普 習近平 晶片 軟體 ").repeat(4).strip();
        given().queryParam("q", terms).when().get("/api/v1/search").then()
                .time(lessThan(5L), TimeUnit.SECONDS)
                .statusCode(anyOf(equalTo(200), equalTo(400)));
    }

    @Test
    void pageAndCursorTogetherIsAProblem() {
        given().queryParam("q", "芯片").queryParam("page", 1).queryParam("cursor", "AQ").when().get("/api/v1/search")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("page and cursor cannot be used together"));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        given().queryParam("q", "不存在的词语组合").when().get("/api/v1/search").then().statusCode(200)
                .body("total", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void exportParametersOutOfRangeAreProblems() {
        given().queryParam("q", "芯片").queryParam("format", "xlsx").when().get("/api/v1/search/export").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("format must be ndjson"));
        given().queryParam("q", "芯片").queryParam("format", "csv").queryParam("limit", 10_001).when()
                .get("/api/v1/search/export").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("sinoscope.search.export.max-hits"));
        given().queryParam("q", "芯片").queryParam("limit", 0).when().get("/api/v1/search/export").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("between 1 and 10000"));
        // The query's own rules hold for an export as for a search.
        given().queryParam("format", "csv").when().get("/api/v1/search/export").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("q"));
        given().queryParam("q", "稀土 (大豆").queryParam("format", "csv").when().get("/api/v1/search/export").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("position 4"));
    }

    @Test
    void anExportWithoutMatchesIsAHeaderRowOnly() {
        given().queryParam("q", "不存在的词语组合").queryParam("format", "csv").when().get("/api/v1/search/export")
                .then().statusCode(200).header("X-Total-Count", "0").header("X-Export-Truncated", "false")
                .body(equalTo("\uFEFFid,external_id,source,region,published_at,published_local,title,score,"
                        + "snippet\r\n"));
        given().queryParam("q", "不存在的词语组合").when().get("/api/v1/search/export").then().statusCode(200)
                .contentType(containsString("application/x-ndjson")).body(equalTo(""));
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
                .body("checks.name", hasItem("Search index"));
    }
}
