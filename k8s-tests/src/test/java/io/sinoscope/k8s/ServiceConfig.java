package io.sinoscope.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service reads from its environment, taken from its own application.properties: every {@code ${NAME}} or
 * {@code ${NAME:default}} whose NAME is an upper-case environment variable name. A variable without a default, or
 * with an empty one ({@code ${SINOSCOPE_API_KEYS:}}: the service refuses to start, or logs in with an empty
 * password), must be provided by the manifests.
 */
record ServiceConfig(String service, Set<String> variables, Set<String> required, Set<String> topics, String properties) {

    private static final Pattern VAR = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:(\\}|[^}])?)?");
    private static final Pattern TOPIC = Pattern.compile("(?m)^mp\\.messaging\\.[a-z]+\\.[a-z-]+\\.(?:topic|dead-letter-queue\\.topic)=(\\S+)");

    static ServiceConfig of(Path root, String service) throws IOException {
        String props = Files.readString(root.resolve(service).resolve("src/main/resources/application.properties"));
        Set<String> vars = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        for (String line : props.lines().toList()) {
            if (line.strip().startsWith("#") || line.startsWith("%")) {
                continue; // comments; profile-specific lines (%test, %dev) do not run in the cluster's prod profile
            }
            Matcher m = VAR.matcher(line);
            while (m.find()) {
                vars.add(m.group(1));
                if (m.group(2) == null || "}".equals(m.group(3))) {
                    required.add(m.group(1));
                }
            }
        }
        Set<String> topics = new TreeSet<>();
        Matcher t = TOPIC.matcher(props);
        while (t.find()) {
            topics.add(t.group(1));
        }
        return new ServiceConfig(service, vars, required, topics, props);
    }
}
