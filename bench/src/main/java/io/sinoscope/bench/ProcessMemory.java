package io.sinoscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of another process, sampled in the background (Linux {@code /proc}), split into its anonymous part
 * (heap, metaspace, thread stacks, malloc: the process's own memory) and its file-backed part. The split matters for
 * query-service: the pages of its memory-mapped Lucene index that searches touch count in VmRSS as file-backed pages,
 * yet they are the kernel's page cache — shared, and dropped under memory pressure — exactly as the same pages would
 * be if the index were read with {@code pread} instead, when they would not show in the process's RSS at all.
 */
final class ProcessMemory implements AutoCloseable {

    /** One reading of /proc/PID/status, in KiB; -1 everywhere when the process is gone or /proc is not there. */
    record Resident(long totalKiB, long anonymousKiB, long fileKiB) {
        static final Resident UNKNOWN = new Resident(-1, -1, -1);

        Resident max(Resident other) {
            return new Resident(Math.max(totalKiB, other.totalKiB), Math.max(anonymousKiB, other.anonymousKiB),
                    Math.max(fileKiB, other.fileKiB));
        }
    }

    private final long pid;
    private final Thread sampler;
    private volatile Resident max = Resident.UNKNOWN;
    private volatile boolean running = true;

    ProcessMemory(long pid) {
        this.pid = pid;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The pid in a launcher pid file, or -1 when there is none. */
    static long pidFrom(Path pidFile) {
        try {
            return Files.exists(pidFile) ? Long.parseLong(Files.readString(pidFile).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    Resident current() {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            return Resident.UNKNOWN; // gone or not Linux
        }
    }

    /** The VmRSS, RssAnon + RssShmem and RssFile lines of a /proc/PID/status text. */
    static Resident parse(String status) {
        long total = -1;
        long anonymous = -1;
        long file = -1;
        for (String line : status.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon);
            if (name.equals("VmRSS") || name.equals("RssAnon") || name.equals("RssFile") || name.equals("RssShmem")) {
                long kiB = Long.parseLong(line.substring(colon + 1).replaceAll("[^0-9]", ""));
                switch (name) {
                    case "VmRSS" -> total = kiB;
                    case "RssFile" -> file = kiB;
                    default -> anonymous = Math.max(anonymous, 0) + kiB;
                }
            }
        }
        return new Resident(total, anonymous, file);
    }

    /** The highest reading of each part so far (taken separately: they need not peak at the same moment). */
    Resident max() {
        return max.max(current());
    }

    private void sample() {
        while (running) {
            max = max.max(current());
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
