package io.sinoscope.textrules;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Reads one module's versioned linguistic data files: UTF-8, one record per line, columns separated by a tab, {@code #}
 * lines are comments. A missing file or a short row is a packaging error and fails when the file is loaded, not at the
 * first text. Every file read is fingerprinted, so the module can say which data produced its output.
 *
 * <p>One instance per data folder (the analyzer's, the cleaner's): each fingerprints only its own files. Files are
 * looked up through the owning module's class, so they are found whichever class loader loaded that module.
 */
public final class ResourceLines {

    /** The list of a folder's data files, in the folder itself. */
    public static final String MANIFEST = "data-files.txt";

    private final Class<?> owner;
    private final String folder;
    /** SHA-256 of every data file read so far, by name: what {@link #fingerprint()} summarises. */
    private final Map<String, byte[]> digests = new ConcurrentSkipListMap<>();

    private ResourceLines(Class<?> owner, String folder) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /**
     * @param owner  a class of the module the files belong to: they are read through its class loader
     * @param folder the absolute resource folder, e.g. {@code /io/sinoscope/text/}
     */
    public static ResourceLines in(Class<?> owner, String folder) {
        return new ResourceLines(owner, folder);
    }

    /** Non-blank, non-comment lines of {@code name}, each split on tabs, every column stripped. */
    public List<String[]> readTsv(String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : readLines(name)) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < minColumns) {
                throw new IllegalStateException(name + ":" + lineNumber + " has " + columns.length
                        + " columns, expected at least " + minColumns);
            }
            for (int i = 0; i < columns.length; i++) {
                columns[i] = columns[i].strip();
            }
            rows.add(columns);
        }
        return rows;
    }

    /**
     * A short hash over the name and content of every data file of this folder: those its manifest
     * ({@value #MANIFEST}) lists, read now if not read yet, and any other file read so far. With the code version it
     * says which gazetteer, lexicons, tables or patterns produced an output, so reprocessing after a data change is
     * traceable; the manifest makes it independent of which files happen to be loaded when it is taken.
     *
     * @throws IllegalStateException when the folder has no manifest
     */
    public String fingerprint() {
        for (String name : manifest()) {
            if (!digests.containsKey(name)) {
                readLines(name);
            }
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        digests.forEach((name, digest) -> {
            all.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            all.writeBytes(digest);
        });
        return HexFormat.of().formatHex(sha256(all.toByteArray())).substring(0, 12);
    }

    /** The data files the folder's manifest lists: one name per line, {@code #} lines are comments. */
    public List<String> manifest() {
        try (InputStream in = owner.getResourceAsStream(folder + MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + folder + MANIFEST
                        + ": list every data file of the folder there, one name per line");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + folder + MANIFEST, e);
        }
    }

    /** Names of the files read so far (after {@link #fingerprint()}: at least the manifest's). */
    public Set<String> files() {
        return Set.copyOf(digests.keySet());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private List<String> readLines(String name) {
        try (InputStream in = owner.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + folder + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().toList();
            digests.put(name, sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + folder + name, e);
        }
    }
}
