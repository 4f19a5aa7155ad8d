package io.sinoscope.ingest.cleaning;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes in any encoding Chinese news arrives in → text, or a clear refusal; never mojibake.
 *
 * <p>Order: the sender's declared charset, then a byte-order mark, then an HTML page's own {@code <meta charset>}
 * (pages often lie, so a meta charset that does not decode falls through to detection), then strict UTF-8 (random
 * Big5 or GB bytes are almost never valid UTF-8), then ICU's detector restricted to charsets that carry Chinese. Every decode is
 * strict: one invalid sequence refuses the input instead of storing replacement characters.
 *
 * <p>Big5 is decoded as Big5-HKSCS, a superset: plain Big5 garbles the Hong Kong characters (嘅, 啲, 㗎) and
 * Windows-950 silently drops them. GB2312 and GBK are decoded as GB18030, their superset.
 */
@ApplicationScoped
public class TextDecoder {

    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Map<String, Charset> SUPERSETS = Map.of(
            "big5", BIG5_HKSCS, "big5-hkscs", BIG5_HKSCS, "x-windows-950", BIG5_HKSCS, "cp950", BIG5_HKSCS,
            "windows-950", BIG5_HKSCS, "gb2312", GB18030, "gbk", GB18030, "x-gbk", GB18030, "cp936", GB18030,
            "gb18030", GB18030);
    /** What the detector may answer for Chinese news; a Latin-1 guess means the bytes are not Chinese text. */
    private static final Map<String, Charset> DETECTABLE = Map.of(
            "UTF-8", StandardCharsets.UTF_8, "Big5", BIG5_HKSCS, "GB18030", GB18030,
            "UTF-16LE", StandardCharsets.UTF_16LE, "UTF-16BE", StandardCharsets.UTF_16BE);

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    public DecodedText decode(byte[] bytes, Optional<String> declaredCharset) {
        if (bytes.length == 0) {
            throw ProblemException.badRequest("the request body is empty; send the bytes of a .txt or .html file");
        }
        if (declaredCharset.isPresent()) {
            Charset charset = charsetNamed(declaredCharset.get());
            refuseLatinLabelOnChineseBytes(bytes, charset);
            return new DecodedText(strictly(bytes, 0, charset).orElseThrow(() -> ProblemException.unprocessable(
                    "the body is not valid " + declaredCharset.get() + " as declared in Content-Type; fix the "
                            + "declared charset or omit it to let Sinoscope detect the encoding")),
                    charset.name(), 100, DecodedText.Origin.DECLARED);
        }
        Optional<DecodedText> marked = byByteOrderMark(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        Optional<DecodedText> meta = byHtmlMetaCharset(bytes);
        if (meta.isPresent()) {
            return meta.get();
        }
        Optional<String> utf8 = strictly(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8.name(), 100, DecodedText.Origin.DETECTED);
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (matches.length > 0 && matches[0].getName().equals("UTF-8")) {
            // Looks like UTF-8 yet did not decode strictly: truncated or corrupted. GB18030 would "decode" those
            // bytes into plausible-looking nonsense, so refuse rather than guess again.
            throw ProblemException.unprocessable("the body looks like UTF-8 but contains invalid or truncated "
                    + "byte sequences; send the file unmodified, or declare its real charset in Content-Type");
        }
        for (CharsetMatch match : matches) {
            Charset charset = DETECTABLE.get(match.getName());
            if (charset != null) {
                Optional<String> text = strictly(bytes, 0, charset);
                if (text.isPresent()) {
                    return new DecodedText(text.get(), charset.name(), match.getConfidence(),
                            DecodedText.Origin.DETECTED);
                }
            }
        }
        throw ProblemException.unprocessable("cannot decode the body as UTF-8, Big5(-HKSCS), GB18030 or UTF-16: "
                + "it is not Chinese text in a known encoding. If it is, declare the charset in Content-Type, "
                + "e.g. 'text/plain; charset=Big5'");
    }

    /**
     * Any byte sequence is "valid" ISO-8859-1 or windows-1252, so a Latin label (often a client's default, not a
     * statement about the file) on Big5 or GB bytes would store mojibake without an error. When a charset that
     * cannot even encode Chinese is declared and the detector is confident the bytes are Chinese, refuse.
     */
    private static void refuseLatinLabelOnChineseBytes(byte[] bytes, Charset declared) {
        if (declared.canEncode() && declared.newEncoder().canEncode('中')) {
            return;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch best = detector.detect();
        if (best != null && DETECTABLE.containsKey(best.getName()) && best.getConfidence() >= 50) {
            throw ProblemException.unprocessable("Content-Type declares " + declared.name() + ", which cannot "
                    + "hold Chinese, but the bytes look like " + best.getName() + " (confidence "
                    + best.getConfidence() + "); declare the real charset or omit it to let Sinoscope detect it");
        }
    }

    private static Optional<DecodedText> byHtmlMetaCharset(byte[] bytes) {
        // Charset names are ASCII and every encoding we accept keeps ASCII bytes as they are.
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher meta = META_CHARSET.matcher(head);
        if (!meta.find()) {
            return Optional.empty();
        }
        Charset charset;
        try {
            charset = charsetNamed(meta.group(1));
        } catch (ProblemException unknownName) {
            return Optional.empty();
        }
        return strictly(bytes, 0, charset)
                .map(text -> new DecodedText(text, charset.name(), 100, DecodedText.Origin.DECLARED));
    }

    private static Optional<DecodedText> byByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return marked(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return marked(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return marked(b, 2, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<DecodedText> marked(byte[] bytes, int skip, Charset charset) {
        String text = strictly(bytes, skip, charset).orElseThrow(() -> ProblemException.unprocessable(
                "the body starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name()));
        return Optional.of(new DecodedText(text, charset.name(), 100, DecodedText.Origin.BYTE_ORDER_MARK));
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Charset charsetNamed(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        Charset superset = SUPERSETS.get(key);
        if (superset != null) {
            return superset;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.unprocessable("unknown charset '" + name + "' in Content-Type; use e.g. UTF-8, "
                    + "Big5, Big5-HKSCS or GB18030, or omit it to let Sinoscope detect the encoding");
        }
    }
}
