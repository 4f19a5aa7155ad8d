package io.sinoscope.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * <pre>
 * sinoscope-cli load FILE.ndjson [--ingest URL] [--query URL] [--wait-seconds N]
 * sinoscope-cli search QUERY...   [--query URL] [--size N]
 * </pre>
 */
public final class SinoscopeCli {

    private static final String USAGE = """
            usage: sinoscope-cli load FILE.ndjson [--ingest http://localhost:8081] [--query http://localhost:8083] [--wait-seconds 120]
                   sinoscope-cli search QUERY... [--query http://localhost:8083] [--size 5]""";

    private SinoscopeCli() {
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < 2) {
            System.err.println(USAGE);
            System.exit(2);
        }
        var client = new SinoscopeClient(URI.create(options.getOrDefault("ingest", "http://localhost:8081")),
                URI.create(options.getOrDefault("query", "http://localhost:8083")));
        switch (positional.get(0)) {
            case "load" -> {
                int refused = new ArticleLoader(client, System.out).load(Path.of(positional.get(1)),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds", "120"))));
                System.exit(refused == 0 ? 0 : 1);
            }
            case "search" -> {
                var printer = new SearchPrinter(client, System.out);
                int size = Integer.parseInt(options.getOrDefault("size", "5"));
                for (String q : positional.subList(1, positional.size())) {
                    printer.print(q, size);
                }
            }
            default -> {
                System.err.println("unknown command '" + positional.get(0) + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }
}
