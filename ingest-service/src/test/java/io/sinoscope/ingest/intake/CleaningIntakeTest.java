package io.sinoscope.ingest.intake;

import static io.sinoscope.ingest.IngestApi.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sinoscope.localstack.testing.KafkaTestResource;
import io.sinoscope.localstack.testing.PostgresTestResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cleaning steps as a submission meets them: what is stored is the article, and the rest is reported. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CleaningIntakeTest {

    @Test
    void portalChromeAndOcrDamageAreRemovedAndTheDatelineFillsTheMetadata() {
        String scraped = "首页 &gt; 国际 &gt; 正文\n"
                + "新华社北京１０月８日电 商务部今天宣布，对部分稀土\n冶炼分离技术实施出口管制，措施自公布之日起施行。\n"
                + "商务部新闻发言人表示，相关措施符合国际通行做法。\n"
                + "责任编辑：王某\n"
                + "相关推荐\n"
                + "稀土价格本周走高 10-07 15:20\n"
                + "版权所有 © 2026 示例新闻网";
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("source", "portal-clean", "externalId", UUID.randomUUID().toString(), "text", scraped))
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");

        given().get("/api/v1/articles/" + id).then()
                .body("text", startsWith("新华社北京10月8日电 商务部今天宣布，对部分稀土冶炼分离技术实施出口管制"))
                .body("text", not(containsString("责任编辑")))
                .body("text", not(containsString("相关推荐")))
                .body("text", not(containsString("版权所有")))
                .body("text", not(containsString("&gt;")))
                .body("outlet", equalTo("新华社"))
                .body("publishedAt", startsWith("20"))
                .body("removed", hasItem(startsWith("breadcrumb")))
                .body("removed", hasItem(startsWith("related list")));
    }

    @Test
    void textThatIsNotChineseIsRefusedWithTheReason() {
        given().contentType(ContentType.JSON)
                .body(Map.of("source", "english-wire", "text", "The Commerce Ministry announced new export controls on "
                        + "rare earth processing technology on Wednesday, effective immediately."))
                .post("/api/v1/articles")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Chinese"));
    }
}
