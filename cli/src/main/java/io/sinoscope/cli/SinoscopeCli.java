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
 * sinoscope-cli import PATH       [--ingest URL] [--source NAME] [--concurrency N] [--state-dir DIR]
 * </pre>
 */
public final class SinoscopeCli {

    private static final String USAGE = """
            usage: sinoscope-cli load FILE.ndjson [--ingest http://localhost:8081] [--query http://localhost:8083] [--wait-seconds 120]
                   sinoscope-cli search QUERY... [--query http://localhost:8083] [--size 5]
                   sinoscope-cli import PATH [--ingest http://localhost:8081] [--source NAME] [--concurrency 4] [--state-dir .sinoscope/imports]
                       PATH: a directory, .zip, .tar.gz or .tgz; its .txt, .text, .htm and .html files are sent as they
                       are, in any encoding. --source defaults to PATH's name without extension. A rerun of the same
                       PATH sends only what earlier runs did not get accepted.
                   every command: [--api-key KEY] (default: the SINOSCOPE_API_KEY environment variable)""";

    private SinoscopeCli() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    /** @return the exit code: 0 when everything went through, 1 when something was refused or failed, 2 on misuse */
    static int run(String[] args) throws Exception {
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
            return 2;
        }
        var client = new SinoscopeClient(URI.create(options.getOrDefault("ingest", "http://localhost:8081")),
                URI.create(options.getOrDefault("query", "http://localhost:8083")),
                options.getOrDefault("api-key", System.getenv("SINOSCOPE_API_KEY")));
        switch (positional.get(0)) {
            case "load" -> {
                int refused = new ArticleLoader(client, System.out).load(Path.of(positional.get(1)),
                        Duration.ofSeconds(Long.parseLong(options.getOrDefault("wait-seconds", "120"))));
                return refused == 0 ? 0 : 1;
            }
            case "search" -> {
                var printer = new SearchPrinter(client, System.out);
                int size = Integer.parseInt(options.getOrDefault("size", "5"));
                for (String q : positional.subList(1, positional.size())) {
                    printer.print(q, size);
                }
                return 0;
            }
            case "import" -> {
                return importFiles(client, Path.of(positional.get(1)), options);
            }
            default -> {
                System.err.println("unknown command '" + positional.get(0) + "'\n" + USAGE);
                return 2;
            }
        }
    }

    private static int importFiles(SinoscopeClient client, Path path, Map<String, String> options) throws Exception {
        ImportSource files;
        try {
            files = ImportSource.of(path);
        } catch (IllegalArgumentException notImportable) {
            System.err.println(notImportable.getMessage() + "\n" + USAGE);
            return 2;
        }
        String source = options.getOrDefault("source", files.name());
        var importer = new ArticleImporter(client, Integer.parseInt(options.getOrDefault("concurrency", "4")),
                ArticleImporter.BACKOFF, System.err, System.console() != null);
        try (var state = ImportState.open(Path.of(options.getOrDefault("state-dir", ".sinoscope/imports")), path)) {
            ArticleImporter.Summary summary = importer.run(files, source, state);
            System.out.printf("Import of %s as source '%s':%n", path, source);
            summary.print(System.out);
            return summary.exitCode();
        }
    }
}
