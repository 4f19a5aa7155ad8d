package io.sinoscope.bench;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Where corpus files go, one at a time and never held together: a directory (files under their relative paths) or
 * a .tar.gz stream, the two forms {@code ./sinoscope import} reads besides .zip. Memory stays flat at any size.
 */
interface CorpusSink extends Closeable {

    void write(String path, byte[] bytes) throws IOException;

    /** A .tar.gz or .tgz file, else a directory, which must be new or empty so that no older file mixes in. */
    static CorpusSink open(Path out) throws IOException {
        return isArchive(out) ? new TarGz(out) : new Directory(out);
    }

    static boolean isArchive(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tar.gz") || name.endsWith(".tgz");
    }

    final class Directory implements CorpusSink {

        private final Path root;

        Directory(Path root) throws IOException {
            if (Files.isDirectory(root)) {
                try (Stream<Path> entries = Files.list(root)) {
                    if (entries.findAny().isPresent()) {
                        throw new IOException(root + " is not empty; write the corpus into a new directory");
                    }
                }
            }
            this.root = Files.createDirectories(root);
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }

        @Override
        public void close() {
        }
    }

    /** Entries carry a fixed time, owner and mode, and gzip no time: the same corpus gives the same archive bytes. */
    final class TarGz implements CorpusSink {

        private static final Date FIXED_TIME = Date.from(ImportCorpus.FIRST_DAY);
        private final TarArchiveOutputStream tar;

        TarGz(Path file) throws IOException {
            OutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20),
                    1 << 16) {
                {
                    // Random filler barely compresses at any level; the fastest level keeps gzip from being
                    // most of the writer's time.
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            this.tar = new TarArchiveOutputStream(gzip, "UTF-8");
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        }

        @Override
        public void write(String path, byte[] bytes) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(path);
            entry.setSize(bytes.length);
            entry.setModTime(FIXED_TIME);
            entry.setMode(0100644);
            entry.setIds(0, 0);
            entry.setNames("", "");
            tar.putArchiveEntry(entry);
            tar.write(bytes);
            tar.closeArchiveEntry();
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }
}
