package io.sinoscope.ingest.intake;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The PostgreSQL advisory-lock keys an intake transaction takes before it looks up who a submission already is, so
 * that concurrent submissions of the same article are decided one after the other: the second sees the first stored
 * (one id, one row, one event) instead of both inserting, or both inserting and one dying on the unique index of
 * (source, external_id) with a 500.
 *
 * <p>A submission locks its content (the content hash alone, whatever the source: an exact copy from another source is
 * then also decided after its original, as a DUPLICATE of it), and, when it has one, its source + externalId. Every
 * door that stores (the single path and the batch groups) takes the keys of all its lines in ascending order, so two
 * transactions never wait on each other in a cycle. Keys are 64 bits of SHA-256: two identities that share a key
 * only wait for each other, nothing more.
 *
 * <p>Why a lock and not a unique index on (source, content_hash) (no migration comes with this): that pair is not
 * unique in the data and must not be. One source may send the same text under two externalIds (two rows, the second a
 * DUPLICATE of the first); an article with an externalId may get, as a new version, a text another article of its
 * source already has; a retracted row keeps its hash. A partial index could not tell these legitimate repeats from the
 * race's, and databases that ran before this fix may already hold rows the race duplicated, on which creating the
 * index would fail the migration at start.
 */
public final class IdentityLocks {

    private IdentityLocks() {
    }

    /** The keys for these lines, distinct and ascending. */
    public static long[] of(List<PreparedArticle> lines) {
        long[] keys = new long[lines.size() * 2];
        int n = 0;
        for (PreparedArticle line : lines) {
            keys[n++] = contentKey(line.contentHash());
            if (line.externalId() != null) {
                keys[n++] = idKey(line.source(), line.externalId());
            }
        }
        return Arrays.stream(keys, 0, n).sorted().distinct().toArray();
    }

    static long contentKey(String contentHash) {
        return key("content\n" + contentHash);
    }

    static long idKey(String source, String externalId) {
        return key("id\n" + source + '\n' + externalId);
    }

    private static long key(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
