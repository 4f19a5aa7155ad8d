package io.sinoscope.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst web UI in headless Chromium against the three services running as processes: three articles on one
 * story, written the mainland, Taiwan and Hong Kong way (特朗普/川普, 芯片/晶片), go in through ingest and are analysed
 * for real; the browser then searches, reads, looks at the entity, filters the facts and opens the story the three
 * articles make as an analyst would, by keyboard where a person would type. Every page must load without a console error and label every form field.
 * Screenshots land in target/ui-screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiIT {

    private static final String API_KEY = "web-ui-test-key";
    private static final String TRUMP = "Q22686";
    /** A date no other test's articles use, so the timeline bar for it counts only these three. */
    private static final String DAY = "2019-03-05";
    private static final String SOURCE = "web-ui-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<Map<String, String>> ARTICLES = List.of(
            Map.of("externalId", "cn", "title", "特朗普宣布上调芯片关税",
                    "text", "美国总统特朗普周一宣布，对进口芯片加征的关税从25%提高到50%，商务部表示将密切关注。"),
            Map.of("externalId", "tw", "title", "川普宣布調高晶片關稅",
                    "text", "美國總統川普週一宣布，進口晶片關稅由25%提高至50%，經濟部表示將審慎評估對台積電的影響。"),
            Map.of("externalId", "hk", "title", "特朗普上調芯片關稅 港府密切留意",
                    "text", "美國總統特朗普周一宣布，把進口芯片關稅由25%上調至50%，香港特區政府表示會密切留意。"));

    private static RunningSystem system;
    private static Browser browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Browser.ensureInstalled();
        system = RunningSystem.start(API_KEY);
        for (Map<String, String> article : ARTICLES) {
            given().baseUri(system.ingest.baseUri()).header("X-Api-Key", API_KEY).contentType(ContentType.JSON)
                    .body(Map.of("source", SOURCE, "externalId", article.get("externalId"),
                            "title", article.get("title"), "text", article.get("text"),
                            "publishedAt", DAY + "T03:00:00Z"))
                    .post("/api/v1/articles").then().statusCode(202);
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().baseUri(system.query.baseUri()).queryParam("q", "关税").queryParam("source", SOURCE)
                        .get("/api/v1/search").then().statusCode(200).body("total", equalTo(ARTICLES.size())));
        browser = Browser.start(Path.of(System.getProperty("sinoscope.screenshots", "target/ui-screenshots")));
        wait = new WebDriverWait(browser.driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (system != null) {
            system.close();
        }
    }

    /** Whatever a test did, the pages it saw raised no script error and every field they show has a label. */
    @AfterEach
    void pagesAreCleanAndLabelled() {
        assertEquals(List.of(), browser.consoleErrors(), "browser console errors");
        Object unlabelled = browser.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.type !== 'hidden' && e.labels.length === 0 && !e.getAttribute('aria-label'))"
                + ".map(e => e.id || e.name)");
        assertEquals(List.of(), unlabelled, "form fields without a label on " + browser.driver.getCurrentUrl());
    }

    private static void open(String path) {
        browser.driver.get(system.query.baseUri() + path);
    }

    private static List<WebElement> hits() {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("ol.hits > li")));
    }

    @Test
    @Order(1)
    void aSearchInOneRegionsWordingFindsEveryRegionsArticle() throws Exception {
        open("/ui/?source=" + SOURCE);
        WebElement query = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        query.sendKeys("川普 晶片", Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.hits > li"), 3));
        List<String> titles = hits().stream().map(hit -> hit.findElement(By.tagName("h3")).getText()).toList();
        assertTrue(titles.containsAll(ARTICLES.stream().map(a -> a.get("title")).toList()), titles.toString());
        // Published 03:00 UTC: 11:00 in Beijing, Hong Kong and Taipei, shown so whatever the browser's own zone.
        for (WebElement hit : hits()) {
            String meta = hit.findElement(By.className("meta")).getText();
            assertTrue(meta.endsWith(DAY + " 11:00 UTC+8"), meta);
        }
        // Matches are highlighted in each article's own script: 特朗普 and 芯片 in the mainland one.
        for (WebElement hit : hits()) {
            assertFalse(hit.findElements(By.cssSelector(".snippet mark")).isEmpty(), hit.getText());
        }
        String url = browser.driver.getCurrentUrl();
        assertTrue(url.contains("q=" + URLEncoder.encode("川普 晶片", StandardCharsets.UTF_8)) && url.contains(SOURCE), url);
        browser.screenshot("search-cross-variant");

        // Refine by the Taiwan facet, then go back: the address carries the state both ways.
        browser.driver.findElement(By.xpath("//aside[@id='facets']//button[normalize-space()='TW']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.hits > li"), 1));
        assertTrue(browser.driver.getCurrentUrl().contains("region=TW"));
        assertEquals("川普宣布調高晶片關稅", hits().get(0).findElement(By.tagName("h3")).getText());
        browser.driver.navigate().back();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.hits > li"), 3));

        // The entity filter takes a name as any region writes it and searches by the entity it names.
        open("/ui/?source=" + SOURCE);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("关税");
        WebElement entity = browser.driver.findElement(By.id("entity"));
        entity.sendKeys("特朗普", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("entity=" + TRUMP));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.hits > li"), 3));
    }

    @Test
    @Order(2)
    void theArticlePageHighlightsEntitiesAndFactsInTheOriginalText() throws Exception {
        open("/ui/?q=" + URLEncoder.encode("晶片", StandardCharsets.UTF_8) + "&region=TW&source=" + SOURCE);
        hits().get(0).findElement(By.cssSelector("h3 a")).click();
        WebElement text = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#original-text .mention")))
                .findElement(By.xpath(".."));
        assertTrue(text.getText().startsWith("美國總統川普週一宣布"), text.getText());
        WebElement trump = text.findElement(By.cssSelector(".mention[data-entity='" + TRUMP + "']"));
        assertEquals("川普", trump.getText());
        assertTrue(trump.getAttribute("title").contains("Donald Trump"), trump.getAttribute("title"));
        WebElement tariff = text.findElements(By.cssSelector(".fact")).stream()
                .filter(f -> f.getAttribute("title").startsWith("tariff_change")).findFirst().orElseThrow();
        assertTrue(tariff.getText().contains("25%"), tariff.getText());
        assertEquals("TW", browser.driver.findElement(By.cssSelector("p.meta .badge")).getText());
        // The normalised text, on request: Taiwan wording in mainland form.
        WebElement normalised = browser.driver.findElement(By.id("normalized-text"));
        assertFalse(normalised.isDisplayed());
        browser.driver.findElement(By.cssSelector("details > summary")).click();
        assertTrue(normalised.getText().contains("芯片"), normalised.getText());
        assertFalse(browser.driver.findElement(By.id("cleaning-h")).getText().isEmpty());
        browser.screenshot("article-highlights");
    }

    @Test
    @Order(3)
    void theEntityPageChartsMentionsOverTimeWithEveryRegionsName() throws Exception {
        open("/ui/entity.html?id=" + TRUMP);
        WebElement bar = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#timeline-chart rect.bar[data-date='" + DAY + "']")));
        assertEquals("3", bar.getAttribute("data-articles"));
        assertTrue(Double.parseDouble(bar.getAttribute("height")) > 0);
        String names = browser.driver.findElement(By.id("names")).getText();
        assertTrue(names.contains("川普") && names.contains("特朗普"), names);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity-facts table")));
        assertTrue(browser.driver.findElement(By.id("entity-facts")).getText().contains("tariff_change"));
        String watch = browser.driver.findElement(By.id("watch-entity")).getAttribute("href");
        assertTrue(watch.contains("/ui/watches.html?entity=" + TRUMP + "&name="), watch);
        browser.screenshot("entity-timeline");
    }

    @Test
    @Order(4)
    void theFactsTableFiltersByKindAndEntityAliasAndExportsTheSame() throws Exception {
        open("/ui/facts.html");
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("kind")))).selectByValue("tariff_change");
        WebElement entity = browser.driver.findElement(By.id("entity"));
        entity.sendKeys("川普");
        // A date field's typing order follows the browser's locale; set its value as the date picker would.
        browser.script("document.getElementById('from').value = arguments[0];"
                + "document.getElementById('to').value = arguments[0];", DAY);
        entity.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("kind=tariff_change"));
        List<WebElement> rows = wait.until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#facts-table tbody tr"), 3));
        for (WebElement row : rows) {
            assertEquals("tariff_change", row.findElements(By.tagName("td")).get(1).getText());
        }
        browser.driver.findElement(By.cssSelector("#facts-table th button")).click();
        wait.until(ExpectedConditions.urlContains("sort=value_desc"));
        String export = browser.driver.findElement(By.id("export")).getAttribute("href");
        assertTrue(export.contains("kind=tariff_change") && export.contains("sort=value_desc"), export);
        String csv = given().urlEncodingEnabled(false).get(export).then().statusCode(200).extract().asString();
        assertEquals(4, csv.split("\r\n").length, csv);
        browser.screenshot("facts-filtered");
    }

    @Test
    @Order(5)
    void thePipelinePageShowsEveryStageWithAnOperatorsKey() throws Exception {
        open("/ui/pipeline.html");
        WebElement key = wait.until(ExpectedConditions.elementToBeClickable(By.id("key")));
        key.sendKeys(API_KEY, Keys.ENTER);
        WebElement stages = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("stages")));
        String text = stages.getText();
        assertFalse(text.contains("unreachable"), text);
        assertTrue(text.contains("Ingest") && text.contains("Dead letters") && text.contains("Searchable")
                && text.contains("Gaps") && text.contains("checks every"), text);
        browser.screenshot("pipeline");
    }

    @Test
    @Order(6)
    void theStoryPageComparesTheRegionsAndTheTimelineDrawsItsMeasures() throws Exception {
        String tw = given().baseUri(system.query.baseUri()).queryParam("q", "晶片").queryParam("region", "TW")
                .queryParam("source", SOURCE).get("/api/v1/search").then().statusCode(200).extract().path("hits[0].id");
        // Stories are assigned after an article is stored and indexed.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                given().baseUri(system.query.baseUri()).get("/api/v1/articles/" + tw).then().statusCode(200)
                        .body("storyId", org.hamcrest.Matchers.notNullValue()));
        String story = given().baseUri(system.query.baseUri()).get("/api/v1/articles/" + tw).then().extract()
                .path("storyId");
        List<String> regions = given().baseUri(system.query.baseUri()).get("/api/v1/stories/" + story).then()
                .statusCode(200).extract().path("comparison.regions");

        open("/ui/article.html?id=" + tw);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("story-link"))).click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("comparison-table")));
        String header = table.findElement(By.tagName("thead")).getText();
        for (String region : regions) {
            assertTrue(header.contains(region), header);
        }
        assertTrue(browser.driver.findElement(By.id("members-table")).getText().contains("川普宣布調高晶片關稅"));
        browser.screenshot("story-comparison");

        open("/ui/timeline.html?product=" + URLEncoder.encode("芯片", StandardCharsets.UTF_8) + "&from=" + DAY
                + "&to=" + DAY);
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("summary"), "")));
        browser.screenshot("timeline");
    }

    /**
     * Picks a language in the header's switch on the facts page: the page comes back in it, with its lang attribute,
     * and the choice holds for the next page opened in this browser. One page load per language.
     */
    private static void switchLanguage(String code, String label, String searchNav, String heading, String submit,
                                       String fromLabel) {
        open("/ui/facts.html");
        WebElement h1 = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        Select languages = new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("language"))));
        assertEquals(List.of("简体中文", "繁體中文", "English"),
                languages.getOptions().stream().map(WebElement::getText).toList());
        if (!code.equals(browser.script("return document.documentElement.lang"))) {
            languages.selectByVisibleText(label);
            wait.until(ExpectedConditions.stalenessOf(h1));
        }
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        assertEquals(code, browser.script("return document.documentElement.lang"));
        assertEquals(label, new Select(browser.driver.findElement(By.id("language"))).getFirstSelectedOption()
                .getText());
        assertEquals(searchNav, browser.driver.findElement(By.cssSelector("nav.top a[href='/ui/']")).getText());
        assertEquals(submit, browser.driver.findElement(By.cssSelector("#facts-form button[type=submit]")).getText());
        String form = browser.driver.findElement(By.id("facts-form")).getText();
        assertTrue(form.contains(fromLabel), form);
        // Remembered: another page opens in the same language.
        open("/ui/timeline.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("language")));
        assertEquals(code, browser.script("return document.documentElement.lang"));
        assertEquals(searchNav, browser.driver.findElement(By.cssSelector("nav.top a[href='/ui/']")).getText());
    }

    @Test
    @Order(7)
    void theUiSpeaksSimplifiedChinese() throws Exception {
        switchLanguage("zh-Hans", "简体中文", "搜索", "跨文章事实", "显示事实", "起始日期");
        browser.screenshot("facts-zh-Hans");
    }

    @Test
    @Order(8)
    void theUiSpeaksTraditionalChineseWithTaiwanWords() throws Exception {
        switchLanguage("zh-Hant", "繁體中文", "搜尋", "跨文章事實", "顯示事實", "起始日期");
        assertEquals("顯示時間軸", browser.driver.findElement(By.cssSelector("#timeline-form button[type=submit]"))
                .getText());
        browser.screenshot("timeline-zh-Hant");
    }

    @Test
    @Order(9)
    void theUiSpeaksEnglishAndPicksADefaultFromTheBrowsersLanguages() throws Exception {
        switchLanguage("en", "English", "Search", "Facts across articles", "Show facts", "From");
        Object defaults = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/ui/i18n.js').then((m) => done([['zh-TW'], ['zh-HK'], ['zh-Hant-MO'], ['zh'], ['zh-CN'],"
                + "['zh-Hans-SG'], ['fr', 'zh-TW'], ['en-GB', 'zh-CN'], ['fr'], []]"
                + ".map((tags) => m.preferredLanguage(null, tags))))");
        assertEquals(List.of("zh-Hant", "zh-Hant", "zh-Hant", "zh-Hans", "zh-Hans", "zh-Hans", "zh-Hant", "en", "en",
                "en"), defaults);
    }

    /**
     * With the test's write key, an analyst saves a search as a watch through the watches page's form: it is listed
     * with what it waits for, the API holds it as typed, and its deliveries open with the live stream following.
     */
    @Test
    @Order(10)
    void theWatchesPageCreatesAWatchForASearchAndListsIt() throws Exception {
        String name = "tariffs " + SOURCE;
        open("/ui/watches.html");
        // The field holds the key this tab last used (the pipeline test's): replaced, as a person would.
        WebElement key = wait.until(ExpectedConditions.elementToBeClickable(By.id("key")));
        key.clear();
        key.sendKeys(API_KEY, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#watches p:not([role]), #watches table")));
        browser.driver.findElement(By.id("name")).sendKeys(name);
        browser.driver.findElement(By.id("q")).sendKeys("关税");
        browser.driver.findElement(By.id("source")).sendKeys(SOURCE);
        browser.driver.findElement(By.cssSelector("#new-watch button[type=submit]")).click();

        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//table[@id='watch-table']/tbody/tr[td[1][normalize-space()='" + name + "']]")));
        String waitsFor = row.findElements(By.tagName("td")).get(1).getText();
        assertTrue(waitsFor.contains("关税") && waitsFor.contains(SOURCE), waitsFor);
        String status = browser.driver.findElement(By.id("status")).getText();
        // The signing secret, shown this once after the last colon (secrets have at least 16 characters).
        assertTrue(status.contains(name) && status.substring(status.lastIndexOf(':') + 1).trim().length() >= 16, status);
        List<Map<String, Object>> saved = given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                .get("/api/v1/watches").then().statusCode(200).extract().path("watches.findAll { it.name == '"
                        + name + "' }");
        assertEquals(1, saved.size(), saved.toString());
        assertEquals("关税", saved.get(0).get("q"));
        assertEquals(SOURCE, saved.get(0).get("source"));
        assertEquals(false, saved.get(0).get("paused"));

        row.findElement(By.xpath(".//button[1]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#deliveries table thead")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live"), name));
        browser.screenshot("watches");
    }

    /**
     * A watch created with a daily digest at 07:30 in Asia/Taipei through the form shows it in the list and holds it in
     * the API; its digest card changes the time; an article indexed after it is in the day's digest the card shows,
     * and the JSON and CSV downloads hold what the API gives for that day.
     */
    @Test
    @Order(11)
    void theWatchesPageSetsADailyDigestAndShowsADaysDigest() throws Exception {
        String name = "digest " + SOURCE;
        String title = "特朗普再度调整芯片关税";
        open("/ui/watches.html");
        WebElement key = wait.until(ExpectedConditions.elementToBeClickable(By.id("key")));
        key.clear();
        key.sendKeys(API_KEY, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#watches p:not([role]), #watches table")));
        browser.driver.findElement(By.id("name")).sendKeys(name);
        browser.driver.findElement(By.id("q")).sendKeys("关税");
        browser.driver.findElement(By.id("source")).sendKeys(SOURCE);
        new Select(browser.driver.findElement(By.id("digest"))).selectByValue("daily");
        // A time field's typing order follows the browser's locale; set its value as the time picker would.
        browser.script("document.getElementById('digestTime').value = '07:30';");
        WebElement zone = browser.driver.findElement(By.id("digestZone"));
        zone.clear();
        zone.sendKeys("Asia/Taipei");
        browser.driver.findElement(By.cssSelector("#new-watch button[type=submit]")).click();

        By rowOf = By.xpath("//table[@id='watch-table']/tbody/tr[td[1][normalize-space()='" + name + "']]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(rowOf));
        String state = row.findElements(By.tagName("td")).get(3).getText();
        assertTrue(state.contains("07:30") && state.contains("Asia/Taipei"), state);
        List<Map<String, Object>> saved = given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                .get("/api/v1/watches").then().statusCode(200).extract().path("watches.findAll { it.name == '"
                        + name + "' }");
        assertEquals(1, saved.size(), saved.toString());
        String id = (String) saved.get(0).get("id");
        assertEquals("daily", saved.get(0).get("digest"));
        assertEquals("07:30", saved.get(0).get("digestTime"));
        assertEquals("Asia/Taipei", saved.get(0).get("digestZone"));

        // The digest card changes only the setting (PUT with the rest as it was).
        row.findElement(By.xpath(".//button[2]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("digest-card")));
        assertEquals("Asia/Taipei", browser.driver.findElement(By.id("edit-digest-zone")).getAttribute("value"));
        browser.script("document.getElementById('edit-digest-time').value = '09:15';");
        browser.driver.findElement(By.cssSelector("#digest-settings button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("digest-status"), "09:15"));
        given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY).get("/api/v1/watches/" + id).then()
                .statusCode(200).body("digestTime", equalTo("09:15")).body("digestZone", equalTo("Asia/Taipei"))
                .body("q", equalTo("关税")).body("source", equalTo(SOURCE));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(rowOf, "09:15"));

        // An article indexed now is a notice of the watch, in today's digest in Taipei.
        given().baseUri(system.ingest.baseUri()).header("X-Api-Key", API_KEY).contentType(ContentType.JSON)
                .body(Map.of("source", SOURCE, "externalId", "digest", "title", title,
                        "text", "美国总统特朗普周四再度调整进口芯片关税，商务部表示将评估影响。",
                        "publishedAt", "2019-03-07T03:00:00Z"))
                .post("/api/v1/articles").then().statusCode(202);
        List<String> noticedAt = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                        .get("/api/v1/watches/" + id + "/deliveries").then().statusCode(200).extract()
                        .<List<String>>path("deliveries.findAll { it.kind == 'match' }.createdAt"),
                times -> !times.isEmpty());
        String day = LocalDate.ofInstant(Instant.parse(noticedAt.get(0)), ZoneId.of("Asia/Taipei")).toString();

        // Reopened, the card offers today in the watch's zone; the day of the notice is shown.
        row = wait.until(ExpectedConditions.presenceOfElementLocated(rowOf));
        row.findElement(By.xpath(".//button[2]")).click();
        assertEquals("Asia/Taipei", browser.driver.findElement(By.id("digest-tz")).getAttribute("value"));
        browser.script("document.getElementById('digest-date').value = arguments[0];", day);
        browser.driver.findElement(By.cssSelector("#digest-day button[type=submit]")).click();
        WebElement summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("digest-summary")));
        assertTrue(summary.getText().contains(day) && summary.getText().contains("Asia/Taipei"), summary.getText());
        List<WebElement> notices = browser.driver.findElements(By.cssSelector("#digest-table tbody tr"));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).getText().contains(title), notices.get(0).getText());

        // The downloads are the API's answers for that day byte for byte (the CSV with its byte-order mark).
        Path downloads = Files.createTempDirectory("digest-downloads");
        browser.driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toString()));
        browser.driver.findElement(By.id("digest-json")).click();
        browser.driver.findElement(By.id("digest-csv")).click();
        Path json = downloads.resolve("sinoscope-watch-digest-" + day + ".json");
        Path csv = downloads.resolve("sinoscope-watch-digest-" + day + ".csv");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(json) && Files.exists(csv));
        for (String format : List.of("json", "csv")) {
            byte[] api = given().baseUri(system.query.baseUri()).header("X-Api-Key", API_KEY)
                    .queryParam("date", day).queryParam("tz", "Asia/Taipei").queryParam("format", format)
                    .get("/api/v1/watches/" + id + "/digest").then().statusCode(200).extract().asByteArray();
            assertEquals(new String(api, StandardCharsets.UTF_8),
                    Files.readString(format.equals("json") ? json : csv, StandardCharsets.UTF_8), format);
        }
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(table.startsWith("\uFEFF") && table.contains(title), table);
        assertTrue(Files.readString(json, StandardCharsets.UTF_8).contains("\"count\":1"));
        browser.screenshot("watches-digest");
    }
}
