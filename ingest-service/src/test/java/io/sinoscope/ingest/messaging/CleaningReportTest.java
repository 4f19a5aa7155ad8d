package io.sinoscope.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.contracts.CleaningReport;
import io.sinoscope.contracts.CleaningReport.Removal;
import io.sinoscope.ingest.repository.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the stored report lines become the event's cleaning report. */
class CleaningReportTest {

    @Test
    void eachReportLineIsSplitIntoItsKindAndText() {
        Article article = article("UTF-8", 100, "script: var x = 1;\nrelated list: 相关推荐 (3 lines)\n"
                + "line: 来源: 某某网\nocr: joined 2 broken lines");

        CleaningReport report = OutboxRelay.cleaningReport(article);

        assertEquals(new CleaningReport("UTF-8", 100, List.of(new Removal("script", "var x = 1;"),
                new Removal("related list", "相关推荐 (3 lines)"), new Removal("line", "来源: 某某网"),
                new Removal("ocr", "joined 2 broken lines"))), report);
    }

    @Test
    void nothingRemovedIsAnEmptyListNotAnUnknownReport() {
        assertEquals(new CleaningReport("GB18030", 42, List.of()), OutboxRelay.cleaningReport(article("GB18030", 42, "")));
        assertEquals(List.of(), OutboxRelay.cleaningReport(article("UTF-8", 100, null)).removed());
    }

    @Test
    void theReportNamesTheCleanerThatProducedTheText() {
        Article article = article("UTF-8", 100, "");
        article.cleanerVersion = "0.1.0-SNAPSHOT+data.0123456789ab";

        assertEquals("0.1.0-SNAPSHOT+data.0123456789ab", OutboxRelay.cleaningReport(article).cleanerVersion());
        assertEquals(null, OutboxRelay.cleaningReport(article("UTF-8", 100, "")).cleanerVersion(),
                "an article stored before the version was recorded says nothing");
    }

    @Test
    void aLineThatNamesNoKindKeepsItsWholeText() {
        assertEquals(List.of(new Removal(null, "something unlabelled")),
                OutboxRelay.cleaningReport(article("UTF-8", 100, "something unlabelled")).removed());
    }

    private static Article article(String charset, int confidence, String removed) {
        Article article = new Article();
        article.charset = charset;
        article.charsetConfidence = confidence;
        article.removed = removed;
        return article;
    }
}
