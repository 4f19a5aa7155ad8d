package io.sinoscope.ingest.cleaning;

import io.sinoscope.textrules.ResourceLines;
import java.util.List;
import java.util.Set;

/**
 * The cleaning steps' data files under {@code /io/sinoscope/ingest/cleaning/} (boilerplate, page furniture, outlets,
 * metadata labels, calendar words), read and fingerprinted by one {@link ResourceLines}: the fingerprint is part of
 * the cleaner version every stored article records.
 */
final class CleaningData {

    private static final ResourceLines FILES = ResourceLines.in(CleaningData.class, "/io/sinoscope/ingest/cleaning/");

    private CleaningData() {
    }

    /** See {@link ResourceLines#readTsv}. */
    static List<String[]> rows(String fileName, int columns) {
        return FILES.readTsv(fileName, columns);
    }

    /** Hash of every cleaning data file (the folder's data-files.txt) and any other read so far. */
    static String fingerprint() {
        return FILES.fingerprint();
    }

    /** Names of the files read so far; after {@link #fingerprint()}, what it covers. */
    static Set<String> files() {
        return FILES.files();
    }
}
