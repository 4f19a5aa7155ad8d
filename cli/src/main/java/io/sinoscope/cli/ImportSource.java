package io.sinoscope.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The files of a directory (walked recursively), a .zip or a .tar.gz, each named by its path inside it with '/' as
 * separator, so that the name is the same on every platform and can serve as the article's externalId.
 * Files are handed over one at a time as a stream: an archive is never held in memory.
 */
final class ImportSource {

    enum Kind { DIRECTORY, ZIP, TAR_GZ }

    @FunctionalInterface
    interface FileHandler {
        /** @param content readable only during the call; a handler that does not read it costs no decompression */
        void accept(String name, InputStream content) throws IOException, InterruptedException;
    }

    private final Path path;
    private final Kind kind;

    private ImportSource(Path path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    /** @throws IllegalArgumentException when PATH is neither a directory nor a .zip, .tar.gz or .tgz file */
    static ImportSource of(Path path) {
        String name = lowerCaseName(path);
        if (Files.isDirectory(path)) {
            return new ImportSource(path, Kind.DIRECTORY);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        if (name.endsWith(".zip")) {
            return new ImportSource(path, Kind.ZIP);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new ImportSource(path, Kind.TAR_GZ);
        }
        throw new IllegalArgumentException(path + " is neither a directory nor a .zip, .tar.gz or .tgz file");
    }

    /** The default source of the articles: the directory's or archive's name without its extension. */
    String name() {
        String name = fileName(path);
        return switch (kind) {
            case DIRECTORY -> name;
            case ZIP -> name.substring(0, name.length() - ".zip".length());
            case TAR_GZ -> name.substring(0, name.length() - (lowerCaseName(path).endsWith(".tgz") ? 4 : 7));
        };
    }

    Path path() {
        return path;
    }

    /** Calls the handler for every regular file, in a stable order (sorted paths, or the archive's own order). */
    void forEachFile(FileHandler handler) throws IOException, InterruptedException {
        switch (kind) {
            case DIRECTORY -> forEachInDirectory(handler);
            case ZIP -> forEachInZip(handler);
            case TAR_GZ -> forEachInTarGz(handler);
        }
    }

    private void forEachInDirectory(FileHandler handler) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream content = Files.newInputStream(file)) {
                handler.accept(path.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"),
                        content);
            }
        }
    }

    private void forEachInZip(FileHandler handler) throws IOException, InterruptedException {
        // ZipFile reads the central directory, not the whole archive; names not flagged as UTF-8 are decoded as UTF-8
        // too (with replacement characters where they are not), which is what current zip tools write.
        try (ZipFile zip = ZipFile.builder().setPath(path).setCharset(StandardCharsets.UTF_8).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory() && !entry.isUnixSymlink()) {
                    try (InputStream content = zip.getInputStream(entry)) {
                        handler.accept(entry.getName(), content);
                    }
                }
            }
        }
    }

    private void forEachInTarGz(FileHandler handler) throws IOException, InterruptedException {
        try (var tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(path))), StandardCharsets.UTF_8.name())) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    // "tar -C dir ." names everything ./x; the ./ says nothing about the article.
                    String name = entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
                    handler.accept(name, tar);
                }
            }
        }
    }

    private static String lowerCaseName(Path path) {
        return fileName(path).toLowerCase(Locale.ROOT);
    }

    private static String fileName(Path path) {
        Path fileName = path.toAbsolutePath().normalize().getFileName();
        return fileName == null ? "" : fileName.toString();
    }
}
