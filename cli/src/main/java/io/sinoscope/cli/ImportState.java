package io.sinoscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * What earlier runs of an import of the same PATH got accepted, so that a rerun after a crash or after failures
 * sends only the rest. An append-only file, one accepted externalId a line, flushed line by line: a crash loses at
 * most the line being written. Each line is a JSON string, so a file name with a line break cannot split a line,
 * and a line cut short by a crash does not parse and is ignored: that file is sent once more, which is harmless.
 */
final class ImportState implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final Set<String> done;
    private final BufferedWriter writer;

    private ImportState(Path file, Set<String> done, BufferedWriter writer) {
        this.file = file;
        this.done = done;
        this.writer = writer;
    }

    /** The state of importing {@code importPath}, in a file of {@code stateDir} named after its absolute path. */
    static ImportState open(Path stateDir, Path importPath) throws IOException {
        Files.createDirectories(stateDir);
        Path file = stateDir.resolve(hash(importPath.toRealPath().toString()) + ".done");
        Set<String> done = new HashSet<>();
        // Decoding with replacement, not Files.readString: a line cut short may end inside a character.
        String text = Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        for (String line : text.lines().toList()) {
            try {
                done.add(JSON.readValue(line, String.class));
            } catch (JsonProcessingException cutShort) {
                // the last line of a run that died while writing it
            }
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            writer.newLine(); // so that a line cut short stays alone on its line instead of running into the next
        }
        return new ImportState(file, done, writer);
    }

    Path file() {
        return file;
    }

    boolean isDone(String externalId) {
        return done.contains(externalId);
    }

    /** Called from several import threads at once; each line is written whole and flushed before the next. */
    synchronized void markDone(String externalId) throws IOException {
        writer.write(JSON.writeValueAsString(externalId));
        writer.newLine();
        writer.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }

    private static String hash(String absolutePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolutePath.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
