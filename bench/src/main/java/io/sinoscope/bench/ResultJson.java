package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The document every driver writes with {@code --json FILE}, so a figure can be traced to how it was made:
 *
 * <pre>
 * {"benchmark", "date" (ISO-8601 UTC), "machine": {"cores", "memoryMiB", "java", "os", "loadAverageAtStart",
 *  "loadAverageAtEnd"}, "commandLine", "invokedAs" (the launcher's command, when it ran the driver),
 *  "parameters": {every option the driver read, defaults included}, "results": {driver-specific},
 *  "services": {"query-service": {"pid", "rssMiB", "maxRssMiB", "anonymousRssMiB", "maxAnonymousRssMiB",
 *      "maxFileRssMiB"}, ...} (when measured),
 *  "checks": [{"figure", "value", "valueText", "unit", "target", "atLeast", "targetValue", "met"}, ...]}
 * </pre>
 *
 * The load average is recorded because this machine's two cores are shared: a run at load 10 is not a quiet-machine
 * figure, and the file should say so.
 */
final class ResultJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode results;
    private final ArrayNode checksJson;
    private final List<Check> checks = new ArrayList<>();

    ResultJson(String benchmark, Class<?> driver, Options options) {
        root.put("benchmark", benchmark);
        root.put("date", Instant.now().toString());
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMiB", memoryMiB());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("loadAverageAtStart", loadAverage());
        root.put("commandLine", commandLine(driver, options));
        String invokedAs = System.getenv("SINOSCOPE_BENCH_INVOCATION");
        if (invokedAs != null) {
            root.put("invokedAs", invokedAs);
        }
        root.putObject("parameters");
        results = root.putObject("results");
        checksJson = root.putArray("checks");
    }

    ObjectNode results() {
        return results;
    }

    void check(Check check) {
        checks.add(check);
        checksJson.add(check.json(JSON));
    }

    void services(ServiceMemory memory) {
        root.set("services", memory.json(JSON));
        memory.checks().forEach(this::check);
    }

    /** Completes the document (parameters read by now, load average) and writes it where --json says, if it does. */
    ObjectNode finish(Options options) throws IOException {
        root.set("parameters", JSON.valueToTree(options.used()));
        ((ObjectNode) root.path("machine")).put("loadAverageAtEnd", loadAverage());
        String file = options.get("json", "");
        if (!file.isEmpty()) {
            Path path = Path.of(file);
            if (path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            JSON.writerWithDefaultPrettyPrinter().writeValue(path.toFile(), root);
            System.out.println("JSON: " + path.toAbsolutePath());
        }
        return root;
    }

    /** The driver's checks as lines for its console output. */
    String checkLines() {
        StringBuilder out = new StringBuilder();
        for (Check check : checks) {
            out.append(String.format("  %-44s %18s   target %-18s %s%n", check.figure(), check.valueText(),
                    check.targetText(), check.met() ? "met" : "MISSED"));
        }
        return out.toString();
    }

    /** A figure to three decimals; null where it is NaN or infinite, which JSON cannot hold. */
    static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, Math.round(value * 1000) / 1000.0);
        } else {
            node.putNull(field);
        }
    }

    /** The JVM's own command line (Linux /proc), or the driver and its arguments where that is not available. */
    private static String commandLine(Class<?> driver, Options options) {
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> line = new ArrayList<>();
        if (info.command().isPresent() && info.arguments().isPresent()) {
            line.add(info.command().get());
            line.addAll(List.of(info.arguments().get()));
        } else {
            line.add("java");
            line.add(driver.getName());
            line.addAll(options.arguments());
        }
        return String.join(" ", Options.hideSecrets(line));
    }

    private static long memoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the JVM's view of physical memory below
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 20 : -1;
    }

    private static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }
}
