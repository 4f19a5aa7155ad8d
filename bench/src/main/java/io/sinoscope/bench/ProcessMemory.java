package io.sinoscope.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of another process, sampled in the background (Linux {@code /proc}). */
final class ProcessMemory implements AutoCloseable {

    private final long pid;
    private final Thread sampler;
    private volatile long maxKiB;
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

    /** VmRSS in KiB, or -1 when the process is gone or /proc is not there. */
    long currentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone or not Linux
        }
        return -1;
    }

    long maxKiB() {
        return Math.max(maxKiB, currentKiB());
    }

    private void sample() {
        while (running) {
            maxKiB = Math.max(maxKiB, currentKiB());
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
