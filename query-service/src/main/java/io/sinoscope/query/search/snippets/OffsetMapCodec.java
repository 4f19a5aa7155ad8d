package io.sinoscope.query.search.snippets;

import io.sinoscope.text.OffsetMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The stored form of a normalised → original {@link OffsetMap}, in Lucene's variable-length integers: the two lengths,
 * then per normalised character the start of its original span as the difference from the previous start, and the
 * span's length (both zig-zag, as a span can start before the previous one). About two bytes a character.
 */
final class OffsetMapCodec {

    private OffsetMapCodec() {
    }

    static byte[] encode(OffsetMap map) {
        int n = map.normalizedLength();
        ByteBuffersDataOutput out = new ByteBuffersDataOutput(n * 2L + 8);
        try {
            out.writeVInt(n);
            out.writeVInt(map.originalLength());
            int previous = 0;
            for (int i = 0; i < n; i++) {
                int start = map.toOriginal(i);
                int end = map.toOriginalEnd(i + 1);
                out.writeZInt(start - previous);
                out.writeZInt(end - start);
                previous = start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an offset map in memory", e);
        }
        return out.toArrayCopy();
    }

    static OriginalSnippets.Offsets decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int n = in.readVInt();
        int originalLength = in.readVInt();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int previous = 0;
        try {
            for (int i = 0; i < n; i++) {
                starts[i] = previous + in.readZInt();
                ends[i] = starts[i] + in.readZInt();
                previous = starts[i];
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode an offset map", e);
        }
        return new OriginalSnippets.Offsets(starts, ends, originalLength);
    }
}
