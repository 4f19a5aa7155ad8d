package io.sinoscope.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Submit every article of an NDJSON file (one JSON article per line) and wait until query-service "
                + "has indexed them. Exit 0 when all were accepted, 1 when some were refused.")
final class LoadCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions services;

    @Parameters(index = "0", paramLabel = "FILE.ndjson", description = "the articles, one JSON object per line")
    Path file;

    @Spec
    CommandSpec spec;

    private long waitSeconds = 120;

    @Option(names = "--wait-seconds", paramLabel = "N", defaultValue = "120",
            description = "how long to wait for the articles to be searchable, 0 or more (default: ${DEFAULT-VALUE})")
    void waitSeconds(long seconds) {
        if (seconds < 0) {
            throw new ParameterException(spec.commandLine(), "--wait-seconds must be 0 or more, was " + seconds);
        }
        this.waitSeconds = seconds;
    }

    @Override
    public Integer call() throws Exception {
        int refused = new ArticleLoader(services.client(), System.out).load(file, Duration.ofSeconds(waitSeconds));
        return refused == 0 ? 0 : 1;
    }
}
