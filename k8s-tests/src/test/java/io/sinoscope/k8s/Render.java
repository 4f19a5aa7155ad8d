package io.sinoscope.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One rendered variant: an overlay, optionally wrapped with components, as `kubectl kustomize` prints it. */
record Render(String label, boolean prod, List<String> components, List<JsonNode> objects) {

    static final YAMLMapper YAML = new YAMLMapper();

    static boolean kubectlPresent() {
        try {
            Process p = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Renders {@code k8s/overlays/<overlay>}; with components, through a throw-away kustomization next to the build
     * output that lists the overlay as a resource and the components (kustomize only takes relative paths).
     */
    static Render of(Path root, String overlay, List<String> components) throws Exception {
        Path k8s = root.resolve("k8s");
        Path dir = k8s.resolve("overlays").resolve(overlay);
        String label = "overlays/" + overlay + (components.isEmpty() ? "" : " + " + String.join(" + ", components));
        if (!components.isEmpty()) {
            Path tmp = Files.createDirectories(root.resolve("k8s-tests/target/render")
                    .resolve(overlay + "-" + String.join("-", components)));
            Path rel = tmp.relativize(k8s);
            StringBuilder y = new StringBuilder("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n")
                    .append("resources:\n  - ").append(rel.resolve("overlays").resolve(overlay)).append('\n')
                    .append("components:\n");
            for (String c : components) {
                y.append("  - ").append(rel.resolve("components").resolve(c)).append('\n');
            }
            Files.writeString(tmp.resolve("kustomization.yaml"), y.toString());
            dir = tmp;
        }
        Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize failed for " + label + ":\n" + err);
        }
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(out)) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    objects.add(n);
                }
            }
        }
        // prod-opensearch is prod with the OpenSearch components: the same production rules apply.
        return new Render(label, overlay.startsWith("prod"), components, objects);
    }
}
