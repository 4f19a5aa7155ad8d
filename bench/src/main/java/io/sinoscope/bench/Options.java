package io.sinoscope.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --name value} command-line options, and {@code --name} alone for a switch. Remembers every value a driver
 * read, defaults included, so the JSON result names exactly the parameters the run used; secrets are neither
 * remembered nor shown in the recorded command line.
 */
final class Options {

    private static final Set<String> SECRETS = Set.of("api-key");
    private static final String HIDDEN = "***";

    private final List<String> args;
    private final Map<String, String> values;
    private final Map<String, String> used = new LinkedHashMap<>();

    private Options(List<String> args, Map<String, String> values) {
        this.args = args;
        this.values = values;
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs or --switch, found " + args[i]);
            }
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            // A later value wins: the launcher puts its defaults first and the user's arguments after them.
            values.put(args[i].substring(2), hasValue ? args[++i] : "true");
        }
        return new Options(List.of(args), values);
    }

    String get(String name, String defaultValue) {
        String value = values.getOrDefault(name, defaultValue);
        used.put(name, value);
        return value;
    }

    int integer(String name, int defaultValue) {
        return Integer.parseInt(get(name, Integer.toString(defaultValue)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    /** A value kept out of the recorded parameters and command line (an API key). */
    String secret(String name, String defaultValue) {
        if (!SECRETS.contains(name)) {
            throw new IllegalArgumentException(name + " is not a declared secret");
        }
        return values.getOrDefault(name, defaultValue);
    }

    /** Every option read so far with the value used, in the order read. */
    Map<String, String> used() {
        return new LinkedHashMap<>(used);
    }

    /** The arguments as given, secrets hidden. */
    List<String> arguments() {
        return hideSecrets(args);
    }

    /** A command line with the value after each secret option replaced. */
    static List<String> hideSecrets(List<String> commandLine) {
        List<String> shown = new ArrayList<>(commandLine);
        for (int i = 0; i + 1 < shown.size(); i++) {
            if (shown.get(i).startsWith("--") && SECRETS.contains(shown.get(i).substring(2))) {
                shown.set(i + 1, HIDDEN);
            }
        }
        return shown;
    }
}
