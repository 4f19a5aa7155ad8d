package io.sinoscope.ingest.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over cleaned title and text: equal hashes mean the same article content, whatever the markup was. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(String title, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
            // A separator that cannot occur in cleaned text keeps ("ab","c") and ("a","bc") apart.
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
