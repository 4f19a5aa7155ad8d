package io.sinoscope.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sinoscope.query.search.SearchHit;
import org.junit.jupiter.api.Test;

class SearchHitTableTest {

    @Test
    void aRowQuotesWhatRfc4180AsksAndNeverStartsAFormula() {
        SearchHit hit = new SearchHit("a1", "ext,1", "cna", "碲錠出口,\"配額\"再收緊", "2025-05-01T08:00:00Z", "TW",
                2.5f, "經濟部表示，<em>碲錠</em>出口&quot;配額&quot; &lt;b&gt; &amp; 業者&#x27;s");
        assertEquals("a1,\"ext,1\",cna,TW,2025-05-01T08:00:00Z,2025-05-01 16:00 UTC+8,\"碲錠出口,\"\"配額\"\"再收緊\",2.5,"
                + "\"經濟部表示，碲錠出口\"\"配額\"\" <b> & 業者's\"\r\n", SearchHitTable.row(hit));
        SearchHit formula = new SearchHit("a2", null, "x", "=HYPERLINK(\"http://e.x\")", null, null, 0.000012f,
                "-1%\n下跌");
        assertEquals("a2,,x,,,,\"'=HYPERLINK(\"\"http://e.x\"\")\",0.000012,\"'-1%\n下跌\"\r\n",
                SearchHitTable.row(formula));
    }

    @Test
    void theLocalTimeIsTheRegionsWithTheZoneNamedBesideTheUnchangedUtcInstant() {
        String late = "2025-04-01T16:30:00Z";
        for (String region : new String[] {"CN", "HK", "TW"}) {
            assertEquals("a,,s," + region + ",2025-04-01T16:30:00Z,2025-04-02 00:30 UTC+8,t,2.5,\r\n",
                    SearchHitTable.row(new SearchHit("a", null, "s", "t", late, region, 2.5f, null)));
        }
        assertEquals("a,,s,OTHER,2025-04-01T16:30:00Z,2025-04-01 16:30 UTC,t,2.5,\r\n",
                SearchHitTable.row(new SearchHit("a", null, "s", "t", late, "OTHER", 2.5f, null)));
    }

    @Test
    void theSnippetLosesItsMarkupButNotItsText() {
        assertEquals("a <em> & b", SearchHitTable.plainText("a &lt;em&gt; <em>&amp;</em> b"));
    }
}
