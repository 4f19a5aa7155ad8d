package io.sinoscope.query.service;

import io.sinoscope.query.search.SearchHit;
import io.sinoscope.support.time.PublicationZone;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Search hits as CSV rows, as the facts export writes them ({@link CsvCells}): a header row, CRLF line ends, and the
 * snippet as plain text (its HTML escapes undone and its {@code <em>} marks dropped), since a spreadsheet shows text,
 * not markup. {@code published_at} is the UTC instant; {@code published_local} the same time as the article's
 * readers saw it, with the zone named ({@code 2025-04-02 00:30 UTC+8}). The byte-order mark is the caller's to write before the header, once per file.
 */
public final class SearchHitTable {

    public static final String HEADER = "id,external_id,source,region,published_at,published_local,title,score,"
            + "snippet";

    private SearchHitTable() {
    }

    /** The header row, CRLF-terminated. */
    public static String headerRow() {
        return HEADER + "\r\n";
    }

    /** One hit's row, CRLF-terminated. */
    public static String row(SearchHit hit) {
        StringBuilder out = new StringBuilder(256);
        CsvCells.field(out, hit.id()).append(',');
        CsvCells.text(out, hit.externalId()).append(',');
        CsvCells.text(out, hit.source()).append(',');
        CsvCells.field(out, hit.region()).append(',');
        CsvCells.field(out, hit.publishedAt()).append(',');
        CsvCells.field(out, hit.publishedAt() == null ? null
                : PublicationZone.label(Instant.parse(hit.publishedAt()), hit.region())).append(',');
        CsvCells.text(out, hit.title()).append(',');
        CsvCells.field(out, new BigDecimal(Float.toString(hit.score())).toPlainString()).append(',');
        CsvCells.text(out, plainText(hit.snippet())).append("\r\n");
        return out.toString();
    }

    /** A snippet without its markup: the highlighter's {@code <em>} marks dropped and its five escapes undone. */
    static String plainText(String snippet) {
        if (snippet == null) {
            return null;
        }
        return snippet.replace("<em>", "").replace("</em>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&amp;", "&");
    }
}
