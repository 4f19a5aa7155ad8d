package io.sinoscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Send every .txt, .text, .htm and .html file of PATH to ingest-service's raw door, as it is, in "
                + "any encoding, with progress. A rerun of the same PATH sends only what earlier runs did not get "
                + "accepted.", "Exit 0 when every file was accepted, 1 when some failed."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions services;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "a directory, .zip, .tar.gz or .tgz")
    Path path;

    @Option(names = "--source", paramLabel = "NAME", description = "the articles' source (default: PATH's name "
            + "without extension)")
    String source;

    private int concurrency = 4;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "files in flight at once, 1 to 64 (default: ${DEFAULT-VALUE})")
    void concurrency(int value) {
        if (value < 1 || value > 64) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be between 1 and 64, was " + value);
        }
        this.concurrency = value;
    }

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".sinoscope/imports",
            description = "where the import remembers what was accepted (default: ${DEFAULT-VALUE})")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        ImportSource files;
        try {
            files = ImportSource.of(path);
        } catch (IllegalArgumentException notImportable) {
            throw new ParameterException(spec.commandLine(), notImportable.getMessage());
        }
        String name = source == null ? files.name() : source;
        var importer = new ArticleImporter(services.client(), concurrency, ArticleImporter.BACKOFF, System.err,
                System.console() != null);
        try (var state = ImportState.open(stateDir, path)) {
            ArticleImporter.Summary summary = importer.run(files, name, state);
            System.out.printf("Import of %s as source '%s':%n", path, name);
            summary.print(System.out);
            return summary.exitCode();
        }
    }
}
