package io.sinoscope.query.service;

import io.sinoscope.query.search.SearchRequest;
import io.sinoscope.query.search.SearchRequest.SortOrder;
import io.sinoscope.query.search.SortKey;
import io.sinoscope.support.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * The opaque {@code cursor} of cursor paging: where the next page starts ({@link SortKey} of the last hit), the sort
 * and the instant freshness was scored from (so every page ranks alike), and a fingerprint of the query and filters
 * it belongs to. Base64url (no padding) of a small binary form, version byte first and a CRC-32 of the rest last,
 * so an edited or truncated cursor, one from another search or of a format this code no longer writes is a 400 saying
 * what to do rather than a page from somewhere else. It is not signed: a forged well-formed cursor only starts a
 * page at another place in the same results.
 */
public record SearchCursor(SortOrder sort, int fingerprint, long scoredAt, SortKey after) {

    /** The form this code writes and reads; bump it when the fields change. */
    static final int VERSION = 1;
    /** Longer than any cursor this code writes (an id of a few hundred characters at most). */
    private static final int MAX_CHARS = 1024;
    private static final String RESTART = "run the search again without cursor (or with page) and follow the "
            + "nextCursor of its answer";

    /** The cursor of the page after {@code last} in the search {@code request} made, scored at {@code scoredAt}. */
    static SearchCursor after(SortKey last, SearchRequest request, long scoredAt) {
        return new SearchCursor(request.sort(), fingerprint(request), scoredAt, last);
    }

    String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(sort.ordinal());
            out.writeInt(fingerprint);
            out.writeLong(scoredAt);
            out.writeFloat(after.score());
            out.writeLong(after.publishedAt());
            out.writeBoolean(after.id() != null);
            if (after.id() != null) {
                out.writeUTF(after.id());
            }
            out.flush();
            byte[] body = bytes.toByteArray();
            out.writeInt(crc(body, body.length));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * The cursor {@code token} says, checked against the search it is sent with.
     *
     * @throws ProblemException a 400 naming what is wrong with it and what to do instead
     */
    static SearchCursor decode(String token, SearchRequest request) {
        String value = token.strip();
        if (value.length() > MAX_CHARS) {
            throw invalid("cursor is " + value.length() + " characters long, longer than any this service issues");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw invalid("cursor is not base64url");
        }
        if (bytes.length == 0) {
            throw invalid("cursor is empty");
        }
        if (bytes[0] != VERSION) {
            throw ProblemException.badRequest("cursor is of format version " + bytes[0] + ", which this service does "
                    + "not read (it writes version " + VERSION + "): " + RESTART);
        }
        SearchCursor cursor;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (bytes.length < 5 || crc(bytes, bytes.length - 4)
                    != ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()) {
                throw invalid("cursor was altered or cut short");
            }
            in.readByte();
            int sortOrdinal = in.readByte();
            if (sortOrdinal < 0 || sortOrdinal >= SortOrder.values().length) {
                throw invalid("cursor names no sort");
            }
            int fingerprint = in.readInt();
            long scoredAt = in.readLong();
            float score = in.readFloat();
            long publishedAt = in.readLong();
            String id = in.readBoolean() ? in.readUTF() : null;
            if (in.available() != 4) {
                throw invalid("cursor has bytes this service does not read");
            }
            cursor = new SearchCursor(SortOrder.values()[sortOrdinal], fingerprint, scoredAt,
                    new SortKey(score, publishedAt, id));
        } catch (IOException e) {
            throw invalid("cursor was altered or cut short");
        }
        if (cursor.sort != request.sort()) {
            throw ProblemException.badRequest("cursor continues a search sorted by "
                    + cursor.sort.name().toLowerCase(Locale.ROOT) + ", not "
                    + request.sort().name().toLowerCase(Locale.ROOT)
                    + ": send the same sort with it, or " + RESTART);
        }
        if (cursor.fingerprint != fingerprint(request)) {
            throw ProblemException.badRequest("cursor continues a search with another q or other filters (from, to, "
                    + "source, region, entity, topic): send the same ones with it, or " + RESTART);
        }
        return cursor;
    }

    /** What a cursor must be sent with: the query tree and the filters; not the page size, which may change. */
    static int fingerprint(SearchRequest request) {
        String search = String.join("\u0000", String.valueOf(request.query()), String.valueOf(request.from()),
                String.valueOf(request.to()), String.valueOf(request.source()), String.valueOf(request.region()),
                String.valueOf(request.entity()), String.valueOf(request.topic()));
        byte[] bytes = search.getBytes(StandardCharsets.UTF_8);
        return crc(bytes, bytes.length);
    }

    private static int crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static ProblemException invalid(String what) {
        return ProblemException.badRequest(what + ": pass the nextCursor of the previous answer unchanged, or "
                + RESTART);
    }
}
