package io.sinoscope.system;

import java.nio.charset.StandardCharsets;

/**
 * One generated request: the exact bytes to send, which endpoint and malformation it exercises, and whether a 2xx may
 * legitimately come back (reads, and writes whose mutation can leave a valid request).
 *
 * @param summary a printable excerpt of the request, for failure reports
 */
record FuzzCase(int number, FuzzCase.Endpoint endpoint, String category, byte[] request, String summary) {

    enum Service { INGEST, NLP, QUERY }

    /** Every write and query endpoint of the three services (DESIGN.md "Public HTTP API" and each rest/ package). */
    enum Endpoint {
        INGEST_SUBMIT(Service.INGEST, "POST /api/v1/articles", true),
        INGEST_RAW(Service.INGEST, "POST /api/v1/articles/raw", true),
        INGEST_BATCH(Service.INGEST, "POST /api/v1/articles/batch", true),
        INGEST_DELETE(Service.INGEST, "DELETE /api/v1/articles/{id}", true),
        INGEST_ARTICLE(Service.INGEST, "GET /api/v1/articles/{id}", false),
        INGEST_STATS(Service.INGEST, "GET /api/v1/stats", false),
        INGEST_REPUBLISH(Service.INGEST, "POST /api/v1/admin/republish", true),
        INGEST_JOB(Service.INGEST, "GET /api/v1/admin/jobs/{id}", false),
        NLP_ANALYZE(Service.NLP, "POST /api/v1/analyze", false),
        QUERY_SEARCH(Service.QUERY, "GET /api/v1/search", false),
        QUERY_ARTICLE(Service.QUERY, "GET /api/v1/articles/{id}", false),
        QUERY_ENTITIES(Service.QUERY, "GET /api/v1/entities", false),
        QUERY_ENTITY(Service.QUERY, "GET /api/v1/entities/{id}", false),
        QUERY_FACTS(Service.QUERY, "GET /api/v1/facts", false),
        QUERY_REINDEX(Service.QUERY, "POST /api/v1/admin/reindex", false),
        QUERY_JOB(Service.QUERY, "GET /api/v1/admin/reindex/{id}", false);

        final Service service;
        final String label;
        /** Changes stored data when it succeeds: every 2xx is tracked. */
        final boolean storesData;

        Endpoint(Service service, String label, boolean storesData) {
            this.service = service;
            this.label = label;
            this.storesData = storesData;
        }
    }

    static String summarize(byte[] request) {
        int n = Math.min(request.length, 240);
        StringBuilder text = new StringBuilder();
        String head = new String(request, 0, n, StandardCharsets.ISO_8859_1);
        for (char c : head.toCharArray()) {
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return text + (request.length > n ? "… (" + request.length + " bytes)" : "");
    }
}
