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

    /** Latest reading of a sampled service, {@link ProcessMemory.Resident#UNKNOWN} when it is not sampled. */
    ProcessMemory.Resident current(String service) {
        ProcessMemory memory = sampled.get(service);
        return memory == null ? ProcessMemory.Resident.UNKNOWN : memory.current();
    }

    /** Highest readings of a sampled service, {@link ProcessMemory.Resident#UNKNOWN} when it is not sampled. */
    ProcessMemory.Resident max(String service) {
        ProcessMemory memory = sampled.get(service);
        return memory == null ? ProcessMemory.Resident.UNKNOWN : memory.max();
    }

    /**
     * {@code {"query-service": {"pid", "rssMiB", "maxRssMiB", "anonymousRssMiB", "maxAnonymousRssMiB",
     * "maxFileRssMiB"}, ...}}, sampled services only.
     */
    ObjectNode json(ObjectMapper json) {
        ObjectNode services = json.createObjectNode();
        for (String service : sampled.keySet()) {
            ProcessMemory.Resident current = current(service);
            ProcessMemory.Resident max = max(service);
            ObjectNode node = services.putObject(service);
            node.put("pid", pids.get(service));
            node.put("rssMiB", current.totalKiB() / 1024);
            node.put("maxRssMiB", max.totalKiB() / 1024);
            node.put("anonymousRssMiB", current.anonymousKiB() / 1024);
            node.put("maxAnonymousRssMiB", max.anonymousKiB() / 1024);
            node.put("maxFileRssMiB", max.fileKiB() / 1024);
        }
        return services;
    }

    /**
     * The 512 MB target checked against each service's own memory (anonymous RSS). The file-backed rest is page cache
     * of mapped files — query-service's index above all — and stays in the JSON and the report.
     */
    List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (String service : sampled.keySet()) {
            checks.add(Check.atMost(service + " max anonymous RSS", max(service).anonymousKiB() / 1024,
                    Targets.SERVICE_RSS_MIB, "MiB"));
        }
        return checks;
    }

    @Override
    public void close() {
        sampled.values().forEach(ProcessMemory::close);
    }
}
