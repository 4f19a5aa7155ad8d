package io.sinoscope.support.openapi;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Redocly CLI, an OpenAPI linter nobody here wrote, with its recommended rules on a document, and fails on any
 * error it reports (warnings are printed, not failed). Pinned to one version so a new rule cannot break an unchanged
 * build. Skipped (a JUnit assumption, saying why) only when {@code npx} is not on PATH or the package cannot be fetched.
 */
public final class RedoclyLint {

    /** The pinned linter; the first run fetches it into the npm cache, later runs read it from there. */
    public static final String PACKAGE = "@redocly/cli@2.77.0";
    /** Fetching the package on a slow network; a run from the cache takes seconds. */
    private static final long FETCH_MINUTES = 10;

    private RedoclyLint() {
    }

    public static void lint(Path document) {
        Path npx = onPath(isWindows() ? "npx.cmd" : "npx");
        assumeTrue(npx != null, "OpenAPI lint skipped: npx (Node.js 20.19+) is not on PATH, so " + PACKAGE
                + " cannot run; install Node.js to lint " + document);
        List<String> command = List.of(npx.toString(), "--yes", PACKAGE, "lint", "--extends=recommended",
                "--format=stylish", document.toString());
        Path log = document.resolveSibling(document.getFileName() + ".lint.txt");
        int exit;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).directory(document.getParent().toFile());
            builder.environment().put("REDOCLY_TELEMETRY", "off");
            builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            builder.environment().put("NO_UPDATE_NOTIFIER", "1");
            Process process = builder.start();
            if (!process.waitFor(FETCH_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                assumeTrue(false, "OpenAPI lint skipped: " + PACKAGE + " did not finish within " + FETCH_MINUTES
                        + " minutes (fetching it from the npm registry?); see " + log);
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String output = read(log);
        System.out.println("redocly lint " + document.getFileName() + " (exit " + exit + "):\n" + output);
        boolean linted = output.contains("validating ");
        assumeTrue(linted || exit == 0, "OpenAPI lint skipped: " + PACKAGE + " could not be fetched or started (exit "
                + exit + "): " + output.strip());
        if (exit != 0) {
            fail("Redocly (recommended rules) reports errors in " + document + ":\n" + output);
        }
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Arrays.stream(path.split(File.pathSeparator)).filter(d -> !d.isBlank()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
