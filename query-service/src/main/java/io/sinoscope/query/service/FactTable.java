package io.sinoscope.query.service;

import static io.sinoscope.query.service.CsvCells.field;
import static io.sinoscope.query.service.CsvCells.text;

import io.sinoscope.query.repository.InsightRepository.FactRecord;
import io.sinoscope.support.time.PublicationZone;
import java.math.BigDecimal;
import java.util.List;

/**
 * Facts as an RFC 4180 CSV table for spreadsheet users: a byte-order mark (without it Excel reads UTF-8 Chinese as
 * mojibake), a header row, CRLF line ends, and cells as {@link CsvCells} writes them (quoted when they hold a comma,
 * quote or line break; free text never a formula). {@code published_at} is the UTC instant; {@code published_local}
 * the same time as the article's readers saw it, with the zone named ({@code 2025-04-02 00:30 UTC+8}).
 */
public final class FactTable {

    public static final String HEADER = "article_id,article_title,published_at,published_local,region,kind,text,value,unit,currency,"
            + "date,start,end,attributes";

    private FactTable() {
    }

    public static String csv(List<FactRecord> facts) {
        StringBuilder out = new StringBuilder(64 + facts.size() * 160).append('\uFEFF').append(HEADER).append("\r\n");
        for (FactRecord f : facts) {
            field(out, f.articleId()).append(',');
            text(out, f.articleTitle()).append(',');
            field(out, f.publishedAt() == null ? null : f.publishedAt().toString()).append(',');
            field(out, PublicationZone.label(f.publishedAt(), f.region())).append(',');
            field(out, f.region()).append(',');
            field(out, f.kind()).append(',');
            text(out, f.text()).append(',');
            field(out, f.value() == null ? null : plain(f.value())).append(',');
            field(out, f.unit()).append(',');
            field(out, f.currency()).append(',');
            field(out, f.date()).append(',');
            out.append(f.start()).append(',').append(f.end()).append(',');
            text(out, f.attributesJson()).append("\r\n");
        }
        return out.toString();
    }

    /** 3.0E9 would be read as text by some spreadsheets; write whole numbers without exponent or ".0". */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).toPlainString();
    }
}
