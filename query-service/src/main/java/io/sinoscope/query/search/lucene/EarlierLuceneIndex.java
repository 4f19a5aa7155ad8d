package io.sinoscope.query.search.lucene;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.Version;

/**
 * An index directory written by an earlier Lucene major version than the one on the classpath (a Lucene 9 index after
 * the move to Lucene 10). Lucene opens only its own major's indexes, and the previous major's only with
 * lucene-backward-codecs, which would keep the index marked as created by that major and so unreadable by the next
 * one. The index is rebuildable from PostgreSQL, the source of truth: its files are removed before the writer opens,
 * and {@code indexing.IndexRebuilder} rebuilds the then empty index at start, as for a new volume.
 */
final class EarlierLuceneIndex {

    private EarlierLuceneIndex() {
    }

    /**
     * Removes the index in the directory if an earlier Lucene major wrote it; other files stay.
     *
     * @return why the index was removed (Lucene's own words), empty when there was none or it is of this major
     */
    static Optional<String> removeIfEarlier(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        // Held while deleting, so an index another process still writes is left alone (obtaining the lock fails).
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            try {
                SegmentInfos.readLatestCommit(directory, Version.LATEST.major);
                return Optional.empty();
            } catch (IndexFormatTooOldException e) {
                for (String file : directory.listAll()) {
                    if (isIndexFile(file)) {
                        directory.deleteFile(file);
                    }
                }
                directory.syncMetaData();
                return Optional.of(e.getMessage());
            }
        }
    }

    /** Commit points and segment files, as Lucene names them (the write lock is not one: it is held here). */
    private static boolean isIndexFile(String file) {
        return file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches();
    }
}
