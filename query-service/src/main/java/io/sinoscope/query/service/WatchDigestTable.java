package io.sinoscope.query.service;

import static io.sinoscope.query.service.CsvCells.field;
import static io.sinoscope.query.service.CsvCells.text;

import io.sinoscope.query.service.WatchViews.Digest;
import io.sinoscope.query.service.WatchViews.DigestEntry;
import io.sinoscope.support.time.PublicationZone;

/**
 * A watch's digest as an RFC 4180 CSV table, as the facts export writes one: a byte-order mark, a header row, CRLF
 * line ends, cells as {@link CsvCells} writes them. {@code published_at} and {@code noticed_at} are UTC instants;
 * {@code published_local} the publication as the article's readers saw it ({@code 2026-03-04 13:06 UTC+8}).
 */
public final class WatchDigestTable {

    public static final String HEADER = "article_id,version,title,outlet,region,published_at,published_local,kind,"
            + "delivery_status,noticed_at,url";

    private WatchDigestTable() {
    }

    public static String csv(Digest digest) {
        StringBuilder out = new StringBuilder(64 + digest.notices().size() * 160).append('\uFEFF').append(HEADER)
                .append("\r\n");
        for (DigestEntry e : digest.notices()) {
            field(out, e.articleId()).append(',');
            field(out, e.version()).append(',');
            text(out, e.title()).append(',');
            text(out, e.outlet()).append(',');
            field(out, e.region()).append(',');
            field(out, e.publishedAt() == null ? null : e.publishedAt().toString()).append(',');
            field(out, PublicationZone.label(e.publishedAt(), e.region())).append(',');
            field(out, e.kind()).append(',');
            field(out, e.deliveryStatus()).append(',');
            field(out, e.noticedAt().toString()).append(',');
            text(out, e.url()).append("\r\n");
        }
        return out.toString();
    }
}
