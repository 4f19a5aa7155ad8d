package io.sinoscope.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What each file of an import corpus should turn into, one tab-separated line a file, so that a test or a benchmark
 * can check what ingest made of it: the charset it should have detected, the title it should have read, the text
 * (by hash) it should have decoded. {@code ./sinoscope import} names each article by the file's path inside the
 * corpus, so {@code path} is also the article's externalId.
 */
final class CorpusManifest implements Closeable {

    static final String HEADER = "path\tregion\tscript\tcharset\tbyteOrderMark\tformat\tmetaCharset\ttitle"
            + "\tpublishedAt\tsha256";
    /** In {@code metaCharset}: a page that declares no charset, or a plain-text file. */
    static final String NONE = "-";

    /**
     * One file. {@code charset} is the Java name of the charset its bytes are in (after the byte-order mark, if
     * any); {@code sha256} is over the UTF-8 bytes of the file's decoded text, mark excluded.
     */
    record Entry(String path, String region, String script, String charset, boolean byteOrderMark, String format,
            String metaCharset, String title, String publishedAt, String sha256) {

        Entry {
            for (String field : List.of(path, region, script, charset, format, metaCharset, title, publishedAt,
                    sha256)) {
                if (field.isEmpty() || field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("manifest fields are non-empty single words or lines: "
                            + field);
                }
            }
        }

        String line() {
            return String.join("\t", path, region, script, charset, Boolean.toString(byteOrderMark), format,
                    metaCharset, title, publishedAt, sha256);
        }

        static Entry parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 10) {
                throw new IllegalArgumentException("not a manifest line: " + line);
            }
            return new Entry(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4]), f[5], f[6], f[7], f[8], f[9]);
        }
    }

    private final BufferedWriter out;

    private CorpusManifest(BufferedWriter out) {
        this.out = out;
    }

    static CorpusManifest create(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(HEADER);
        out.write('\n');
        return new CorpusManifest(out);
    }

    void add(Entry entry) throws IOException {
        out.write(entry.line());
        out.write('\n');
    }

    static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(file + " is not a corpus manifest (header " + header + ")");
            }
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                entries.add(Entry.parse(line));
            }
        }
        return entries;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
