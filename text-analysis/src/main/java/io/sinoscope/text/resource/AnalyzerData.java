package io.sinoscope.text.resource;

import io.sinoscope.textrules.ResourceLines;
import java.util.List;
import java.util.Set;

/** The analyzer's data files under {@code /io/sinoscope/text/}, read and fingerprinted by one {@link ResourceLines}. */
public final class AnalyzerData {

    private static final ResourceLines FILES = ResourceLines.in(AnalyzerData.class, "/io/sinoscope/text/");

    private AnalyzerData() {
    }

    /** See {@link ResourceLines#readTsv}. */
    public static List<String[]> readTsv(String name, int minColumns) {
        return FILES.readTsv(name, minColumns);
    }

    /** Hash of every analyzer data file (data-files.txt) and any other read so far: part of every analyzerVersion. */
    public static String fingerprint() {
        return FILES.fingerprint();
    }

    /** Names of the data files read so far; after {@link #fingerprint()}, what it covers. */
    public static Set<String> files() {
        return FILES.files();
    }
}
