package io.sinoscope.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Run each QUERY against query-service and print its hits with highlighted snippets. The query "
                + "language is the API's: 稀土 OR 大豆, \"出口管制\", -传闻, region:TW, entity:川普.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions services;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "one or more queries (quote a query with spaces)")
    List<String> queries;

    @Spec
    CommandSpec spec;

    private int size = 5;

    @Option(names = "--size", paramLabel = "N", defaultValue = "5",
            description = "hits shown per query, 1 to 100 (default: ${DEFAULT-VALUE})")
    void size(int size) {
        if (size < 1 || size > 100) {
            throw new ParameterException(spec.commandLine(),
                    "--size must be between 1 and 100, was " + size);
        }
        this.size = size;
    }

    @Override
    public Integer call() throws Exception {
        var printer = new SearchPrinter(services.client(), System.out);
        for (String q : queries) {
            printer.print(q, size);
        }
        return 0;
    }
}
