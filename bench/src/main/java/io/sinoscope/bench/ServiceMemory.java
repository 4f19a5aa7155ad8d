package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the launcher's services during a run, sampled from the pids in its pid directory
 * ({@code .sinoscope/pids/<service>.pid}). A service without a live pid (not started by the launcher, or stopped)
 * is left out rather than reported as zero.
 */
final class ServiceMemory implements AutoCloseable {

    static final List<String> SERVICES = List.of("ingest-service", "nlp-service", "query-service");

    private final Map<String, ProcessMemory> sampled = new LinkedHashMap<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();

    ServiceMemory(Path pidDirectory) {
        for (String service : SERVICES) {
            long pid = ProcessMemory.pidFrom(pidDirectory.resolve(service + ".pid"));
            if (pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                pids.put(service, pid);
                sampled.put(service, new ProcessMemory(pid));
            }
        }
    }

    /** Most recent RSS of a sampled service in KiB, -1 when it is not sampled. */
    long currentKiB(String service) {
        ProcessMemory memory = sampled.get(service);
        return memory == null ? -1 : memory.currentKiB();
    }

    /** Highest RSS of a sampled service in KiB, -1 when it is not sampled. */
    long maxKiB(String service) {
        ProcessMemory memory = sampled.get(service);
        return memory == null ? -1 : memory.maxKiB();
    }

    /** {@code {"query-service": {"pid", "rssMiB", "maxRssMiB"}, ...}}, sampled services only. */
    ObjectNode json(ObjectMapper json) {
        ObjectNode services = json.createObjectNode();
        for (String service : sampled.keySet()) {
            ObjectNode node = services.putObject(service);
            node.put("pid", pids.get(service));
            node.put("rssMiB", currentKiB(service) / 1024);
            node.put("maxRssMiB", maxKiB(service) / 1024);
        }
        return services;
    }

    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (String service : sampled.keySet()) {
            checks.add(Check.atMost(service + " max RSS", maxKiB(service) / 1024, Targets.SERVICE_RSS_MIB, "MiB"));
        }
        return checks;
    }

    @Override
    public void close() {
        sampled.values().forEach(ProcessMemory::close);
    }
}
