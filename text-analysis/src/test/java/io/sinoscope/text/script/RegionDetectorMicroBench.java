package io.sinoscope.text.script;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Micro loop over the region development set {@value RegionCueDevSetTest#DEV_SET}: script and region detection of
 * every text, repeated, printing CPU nanoseconds per character. Not a test (no timed assertion); run from
 * {@code text-analysis/} with the test classpath, see docs/benchmarks.md ("Region detection micro loop").
 */
final class RegionDetectorMicroBench {

    /** CPU time of this thread, not wall time: the machine is shared, and waiting for a core is not work. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String> texts = RegionCueDevSetTest.examples().stream().map(RegionDevSetScore.Example::text).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        ScriptDetector scripts = new ScriptDetector();
        RegionDetector regions = RegionDetector.fromResources();
        int sink = 0;
        for (int warm = 0; warm < rounds / 4; warm++) {
            for (String text : texts) {
                sink += regions.detect(text, scripts.detect(text)).region().ordinal();
            }
        }
        for (int run = 0; run < 3; run++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (int round = 0; round < rounds; round++) {
                for (String text : texts) {
                    sink += regions.detect(text, scripts.detect(text)).region().ordinal();
                }
            }
            long elapsed = CPU.getCurrentThreadCpuTime() - start;
            System.out.printf(Locale.ROOT, "region micro loop: %d texts, %d chars, %d rounds: %.1f ns/char (CPU)%n",
                    texts.size(), chars, rounds, (double) elapsed / (chars * (long) rounds));
        }
        System.out.println("(sink " + sink + ")");
    }

    private RegionDetectorMicroBench() {
    }
}
