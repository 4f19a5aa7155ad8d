package io.sinoscope.ingest.cleaning;

/**
 * Text decoded from bytes, with how its charset was decided.
 *
 * @param charset    the charset actually used to decode (Big5 input is decoded as Big5-HKSCS, GBK as GB18030)
 * @param confidence 0–100; 100 when declared by the sender, marked by a BOM, or valid UTF-8
 */
public record DecodedText(String text, String charset, int confidence, Origin origin) {

    public enum Origin {
        /** From the request's Content-Type. */
        DECLARED,
        /** From a byte-order mark. */
        BYTE_ORDER_MARK,
        /** Guessed from the bytes. */
        DETECTED
    }
}
