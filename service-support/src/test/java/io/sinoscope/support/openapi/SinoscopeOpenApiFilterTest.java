package io.sinoscope.support.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SinoscopeOpenApiFilterTest {

    @Test
    void anUnnamedOperationIsNamedAfterItsMethodAndResource() {
        assertEquals("getEntity", SinoscopeOpenApiFilter.operationId("EntityResource_get"));
        assertEquals("exportFact", SinoscopeOpenApiFilter.operationId("FactResource_export"));
        // the method already names the resource
        assertEquals("searchArticles", SinoscopeOpenApiFilter.operationId("ArticleResource_searchArticles"));
        assertEquals("stats", SinoscopeOpenApiFilter.operationId("StatsResource_stats"));
        // a class not named ...Resource keeps its whole name
        assertEquals("listReports", SinoscopeOpenApiFilter.operationId("Reports_list"));
    }

    @Test
    void anExplicitOperationIdIsKept() {
        assertEquals("searchArticles", SinoscopeOpenApiFilter.operationId("searchArticles"));
        assertEquals("getJob", SinoscopeOpenApiFilter.operationId("getJob"));
        assertNull(SinoscopeOpenApiFilter.operationId(null));
    }
}
