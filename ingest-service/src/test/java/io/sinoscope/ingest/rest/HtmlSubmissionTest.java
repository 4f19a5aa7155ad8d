package io.sinoscope.ingest.rest;

import static io.sinoscope.ingest.IngestApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.ingest.IngestTestDatabase;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** HTML pages through the API: nesting up to sinoscope.intake.max-html-depth (1,000) is read, deeper is a 422. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class HtmlSubmissionTest {

    /** {@code count} paragraphs, each in a div never closed: each one nests a level deeper than the one before. */
    private static String unclosedDivs(int count) {
        StringBuilder page = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            page.append("<div><p>第").append(i).append("段：印度尼西亚政府宣布暂停镍矿石出口，以推动国内冶炼产业发展。</p>");
        }
        return page.toString();
    }

    @Test
    void aPageWithHundredsOfUnclosedDivsIsStoredWithEveryParagraph() {
        String marker = UUID.randomUUID().toString();
        // The marker makes the first paragraph the longest, so the outermost div, which holds all, is the article.
        String page = "<div><p>编号" + marker + "</p>" + unclosedDivs(900);

        String id = given().contentType(ContentType.JSON)
                .body(Map.of("source", "deep-html", "html", page))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        given().get("/api/v1/articles/" + id).then().statusCode(200)
                // (cleaning joins the marker's line, which ends without punctuation, with the next one)
                .body("text", startsWith("编号" + marker))
                .body("text", containsString("第1段：印度尼西亚政府宣布暂停镍矿石出口，以推动国内冶炼产业发展。\n第2段："))
                .body("text", endsWith("\n第900段：印度尼西亚政府宣布暂停镍矿石出口，以推动国内冶炼产业发展。"));
    }

    @Test
    void aPageNestedDeeperThanTheLimitIsA422ProblemNamingTheKnob() {
        String marker = UUID.randomUUID().toString();
        String page = unclosedDivs(1_200) + "<p>编号" + marker + "</p>";

        given().contentType(ContentType.JSON).body(Map.of("source", "deep-html", "html", page))
                .post("/api/v1/articles").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("sinoscope.intake.max-html-depth"));
        given().contentType("text/html; charset=UTF-8").body(page)
                .post("/api/v1/articles/raw?source=deep-html").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("1000 elements deep"));
        org.junit.jupiter.api.Assertions.assertEquals(0,
                IngestTestDatabase.countArticles("text LIKE ?", "%" + marker + "%"));
    }
}
