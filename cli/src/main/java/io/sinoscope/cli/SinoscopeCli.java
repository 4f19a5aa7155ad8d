package io.sinoscope.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpTimeoutException;
import java.nio.file.NoSuchFileException;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The client side of ./sinoscope: {@code load}, {@code search}, {@code import}, {@code logs}, {@code generate-completion},
 * {@code help}. Every command takes {@code --help}; a bad value is one line naming the option and what it takes (exit
 * 2); a service that cannot be reached is one line naming it (exit 1), never a stack trace.
 */
@Command(name = "sinoscope-cli", mixinStandardHelpOptions = true, version = "sinoscope-cli 0.1.0",
        description = "Loads articles into Sinoscope through its public API and shows query results.",
        subcommands = {LoadCommand.class, SearchCommand.class, ImportCommand.class, LogsCommand.class,
            GenerateCompletion.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class SinoscopeCli implements Runnable {

    /** Misuse: a bad command line. Picocli's own default for it, named here because the launcher relies on it. */
    static final int MISUSE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** @return 0 when everything went through, 1 when something was refused or failed, 2 on misuse */
    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** As {@link #run(String...)}, with picocli's help and error output sent to the given writers (for tests). */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SinoscopeCli());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cli.setParameterExceptionHandler(SinoscopeCli::misuse);
        cli.setExecutionExceptionHandler((failure, command, parsed) -> {
            command.getErr().println("error: " + explain(failure));
            return 1;
        });
        return cli;
    }

    /** With no command: the list of commands, as misuse. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }

    private static int misuse(ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + problem.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(problem, err)) {
            err.println("try: " + command.getCommandSpec().qualifiedName() + " --help");
        }
        return MISUSE;
    }

    /** One line a person can act on: the service that was unreachable, the missing file, or the failure's message. */
    static String explain(Exception failure) {
        if (failure instanceof NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        if (failure instanceof HttpTimeoutException) {
            return "a service did not answer in time: " + failure.getMessage();
        }
        if (failure instanceof IOException && failure.getMessage() != null) {
            return failure.getMessage();
        }
        return failure.toString();
    }
}
