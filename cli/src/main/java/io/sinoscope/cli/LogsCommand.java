package io.sinoscope.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Show the last lines of the local services' logs, readable: time, level, service, logger and "
                + "message on one line, an exception's type, first frames and causes below it. With --follow, keep "
                + "showing new lines until Ctrl-C. The files stay JSON, one record per line, for log collectors.")
final class LogsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "NAME",
            description = "logs to show: local-stack, ingest-service, nlp-service, query-service, opensearch "
                    + "(default: every log in --dir)")
    List<String> names = List.of();

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".sinoscope/logs",
            description = "the folder of the logs (default: ${DEFAULT-VALUE}; ./sinoscope passes its own)")
    Path dir;

    @Option(names = {"-f", "--follow"}, description = "keep showing new lines as they are written")
    boolean follow;

    @Option(names = "--json", description = "print the records as written (JSON), for piping into jq")
    boolean json;

    @Spec
    CommandSpec spec;

    private int lines = 20;
    private int leastLevel = -1;

    @Option(names = {"-n", "--lines"}, paramLabel = "N", defaultValue = "20",
            description = "lines shown from the end of each log first, 0 to 10000 (default: ${DEFAULT-VALUE})")
    void lines(int lines) {
        if (lines < 0 || lines > 10_000) {
            throw new ParameterException(spec.commandLine(), "--lines must be between 0 and 10000, was " + lines);
        }
        this.lines = lines;
    }

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "show only records at this level or above: DEBUG, INFO, WARN or ERROR (lines that are not "
                    + "records are always shown)")
    void level(String level) {
        if (!LogLineFormat.known(level)) {
            throw new ParameterException(spec.commandLine(),
                    "--level takes DEBUG, INFO, WARN or ERROR, was '" + level + "'");
        }
        this.leastLevel = LogLineFormat.rank(level);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> files = files();
        var tail = new LogTail(files, new LogLineFormat(ZoneId.systemDefault()), json, leastLevel,
                new PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8));
        tail.showLast(lines);
        if (follow) {
            tail.follow();
        }
        return 0;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(spec.commandLine(), "no log folder at " + dir + " (has ./sinoscope up run?)");
        }
        List<Path> present;
        try (Stream<Path> listing = Files.list(dir)) {
            present = listing.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
        if (names.isEmpty()) {
            return present;
        }
        List<Path> chosen = new ArrayList<>();
        for (String name : names) {
            Path file = dir.resolve(name + ".log");
            if (!present.contains(file)) {
                throw new ParameterException(spec.commandLine(), "no log for '" + name + "'; have: "
                        + String.join(" ", present.stream().map(LogTail::source).toList()));
            }
            chosen.add(file);
        }
        return chosen;
    }
}
