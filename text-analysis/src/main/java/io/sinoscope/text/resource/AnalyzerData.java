package io.sinoscope.text.resource;

import io.sinoscope.textrules.ResourceLines;
import java.util.List;

/** The analyzer's data files under {@code /io/sinoscope/text/}, read and fingerprinted by one {@link ResourceLines}. */
public final class AnalyzerData {

    private static final ResourceLines FILES = ResourceLines.in(AnalyzerData.class, "/io/sinoscope/text/");

    private AnalyzerData() {
    }

    /** See {@link ResourceLines#readTsv}. */
    public static List<String[]> readTsv(String name, int minColumns) {
        return FILES.readTsv(name, minColumns);
    }

    /** Hash of every analyzer data file read so far: part of every analyzerVersion. */
    public static String fingerprint() {
        return FILES.fingerprint();
    }
}
