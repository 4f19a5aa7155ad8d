package io.sinoscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SearchPrinterTest {

    @Test
    void showsTotalAndOneLinePerHitWithMarkedSnippet() throws Exception {
        var result = new ObjectMapper().readTree("""
                {"total": 2, "hits": [
                  {"id": "a", "title": "川普談晶片", "source": "tw-daily", "region": "TW",
                   "publishedAt": "2026-11-01T01:00:00Z", "snippet": "美國總統<em>川普</em>表示"},
                  {"id": "b", "title": "特朗普谈芯片", "source": "cn-wire", "region": "CN", "snippet": ""}
                ], "facets": {}}""");

        assertEquals("""
                  2 hits
                  [TW] 川普談晶片 (tw-daily, 2026-11-01T01:00:00Z)
                        美國總統[川普]表示
                  [CN] 特朗普谈芯片 (cn-wire, undated)
                """, SearchPrinter.format(result));
    }
}
