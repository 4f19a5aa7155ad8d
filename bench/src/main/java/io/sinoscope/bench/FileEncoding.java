package io.sinoscope.bench;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

/**
 * How a corpus file's text becomes bytes: a charset, an optional byte-order mark, and the label an HTML page would
 * declare. Encoding is strict ({@link CodingErrorAction#REPORT}): a character the charset cannot hold is a bug in
 * the generator, never a silent '?'.
 *
 * <p>{@link #readAs} is the superset a reader decodes these bytes with: Big5 as Big5-HKSCS and GB2312/GBK as
 * GB18030, which is what ingest-service does. The two agree on Han characters but not on every symbol (GB2312's
 * U+30FB reads back as GB18030's U+00B7), so {@link #holds} asks for the round trip through the superset too.
 */
enum FileEncoding {
    UTF_8(StandardCharsets.UTF_8, "utf-8", new byte[0]),
    UTF_8_BOM(StandardCharsets.UTF_8, "utf-8", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF_16LE_BOM(StandardCharsets.UTF_16LE, null, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF_16BE_BOM(StandardCharsets.UTF_16BE, null, new byte[] {(byte) 0xFE, (byte) 0xFF}),
    GB18030(Charset.forName("GB18030"), "gb18030", new byte[0]),
    GBK(Charset.forName("GBK"), "gbk", new byte[0], Charset.forName("GB18030")),
    GB2312(Charset.forName("GB2312"), "gb2312", new byte[0], Charset.forName("GB18030")),
    BIG5_HKSCS(Charset.forName("Big5-HKSCS"), "big5-hkscs", new byte[0]),
    BIG5(Charset.forName("Big5"), "big5", new byte[0], Charset.forName("Big5-HKSCS"));

    private final Charset charset;
    private final String htmlLabel;
    private final byte[] byteOrderMark;
    private final Charset readAs;

    FileEncoding(Charset charset, String htmlLabel, byte[] byteOrderMark) {
        this(charset, htmlLabel, byteOrderMark, charset);
    }

    FileEncoding(Charset charset, String htmlLabel, byte[] byteOrderMark, Charset readAs) {
        this.charset = charset;
        this.htmlLabel = htmlLabel;
        this.byteOrderMark = byteOrderMark;
        this.readAs = readAs;
    }

    Charset charset() {
        return charset;
    }

    /** The superset a reader (ingest-service among them) decodes these bytes with. */
    Charset readAs() {
        return readAs;
    }

    boolean hasByteOrderMark() {
        return byteOrderMark.length > 0;
    }

    /**
     * What a page in this encoding declares in {@code <meta charset>}; null for UTF-16, which is not served as HTML
     * here: a reader sniffing the head for an ASCII meta tag cannot see one between UTF-16's zero bytes.
     */
    String htmlLabel() {
        return htmlLabel;
    }

    /** Whether the text survives encoding here and decoding with {@link #readAs}, character for character. */
    boolean holds(CharSequence text) {
        return holds(text, encoder(), strictDecoder(readAs));
    }

    /**
     * The code points this encoding {@link #holds}. One check of them all together first: a charset that holds the
     * whole repertoire (UTF-8 for Big5's, GB18030 for GB2312's) spares thousands of one-character round trips.
     */
    int[] held(int[] codePoints) {
        CharsetEncoder encoder = encoder();
        CharsetDecoder decoder = strictDecoder(readAs);
        if (holds(new String(codePoints, 0, codePoints.length), encoder, decoder)) {
            return codePoints.clone();
        }
        return IntStream.of(codePoints).filter(c -> holds(Character.toString(c), encoder, decoder)).toArray();
    }

    private static boolean holds(CharSequence text, CharsetEncoder encoder, CharsetDecoder decoder) {
        try {
            return decoder.decode(encoder.encode(CharBuffer.wrap(text))).toString().contentEquals(text);
        } catch (CharacterCodingException unmappable) {
            return false;
        }
    }

    /** The file's bytes: the mark, then the text. Throws on any character the charset cannot hold. */
    byte[] encode(String text) {
        try {
            ByteBuffer body = encoder().encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[byteOrderMark.length + body.remaining()];
            System.arraycopy(byteOrderMark, 0, bytes, 0, byteOrderMark.length);
            body.get(bytes, byteOrderMark.length, body.remaining());
            return bytes;
        } catch (CharacterCodingException unmappable) {
            throw new IllegalArgumentException(charset.name() + " cannot hold this text: " + unmappable, unmappable);
        }
    }

    /** Strictly decodes a file's bytes (mark skipped) with {@code as}; throws on malformed or unmappable input. */
    String decode(byte[] file, Charset as) throws CharacterCodingException {
        return decode(ByteBuffer.wrap(file, byteOrderMark.length, file.length - byteOrderMark.length), as);
    }

    private static String decode(ByteBuffer bytes, Charset as) throws CharacterCodingException {
        return strictDecoder(as).decode(bytes).toString();
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private CharsetEncoder encoder() {
        return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
