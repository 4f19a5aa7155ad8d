package io.sinoscope.support.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The alerts of {@code k8s/components/monitoring/prometheusrule.yaml}, read back so that a service's metrics test can
 * check that every alert about it (label {@code service}: the service's name, or {@code any}) names only metrics its
 * {@code /q/metrics} really exports: an alert on a misspelt or renamed metric never fires, and nothing else would say so.
 */
public final class AlertRules {

    /** One alert: its name, the service it is about, its expression, and the metric names the expression reads. */
    public record Alert(String name, String service, String expr, Set<String> metrics) {
    }

    /** Series Prometheus makes itself, exported by no service. */
    public static final Set<String> SYNTHETIC = Set.of("up");

    public static final Path FILE = Path.of("k8s", "components", "monitoring", "prometheusrule.yaml");

    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset", "inf", "nan");
    private static final Pattern WORD = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private AlertRules() {
    }

    /** The rule file of the repository whose module directory is the working directory (as in a Maven test). */
    public static List<Alert> read() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path root = Files.exists(here.resolve(FILE)) ? here : here.getParent();
        return read(root.resolve(FILE));
    }

    public static List<Alert> read(Path file) throws IOException {
        JsonNode rule = new YAMLMapper().readTree(file.toFile());
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                if (r.has("alert")) {
                    String expr = r.path("expr").asText();
                    alerts.add(new Alert(r.path("alert").asText(), r.path("labels").path("service").asText(), expr,
                            metricNames(expr)));
                }
            }
        }
        return alerts;
    }

    /**
     * The series names a PromQL expression selects: identifiers left once strings, label matchers, ranges and
     * grouping lists are taken out, that are neither functions (followed by a parenthesis) nor keywords.
     */
    public static Set<String> metricNames(String expr) {
        String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = WORD.matcher(bare);
        while (m.find()) {
            String word = m.group();
            boolean function = bare.substring(m.end()).stripLeading().startsWith("(");
            boolean number = m.start() > 0 && Character.isDigit(bare.charAt(m.start() - 1));
            if (!function && !number && !KEYWORDS.contains(word.toLowerCase())) {
                names.add(word);
            }
        }
        return names;
    }

    /** What the alerts about {@code service} read that {@code scrape} does not hold, one line per alert; empty if all. */
    public static List<String> missing(String service, PrometheusScrape scrape) throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> exported = scrape.names();
        for (Alert alert : read()) {
            if (!alert.service().equals(service) && !alert.service().equals("any")) {
                continue;
            }
            Set<String> absent = new TreeSet<>(alert.metrics());
            absent.removeAll(exported);
            absent.removeAll(SYNTHETIC);
            if (!absent.isEmpty()) {
                missing.add(alert.name() + " reads " + absent + ", which " + service + " does not export");
            }
        }
        return missing;
    }
}
