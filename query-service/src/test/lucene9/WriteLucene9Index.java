// Writes the test fixture src/test/resources/lucene9-index: an index as query-service wrote it on Lucene 9.12.3 (the
// fields of LuceneIndex.toDocument, the commit data of format 7), for LuceneIndexCommitTest's upgrade case. Not
// compiled by the build (Lucene 9 is no longer on its classpath); run it by hand from query-service/:
//   java -cp ~/.m2/repository/org/apache/lucene/lucene-core/9.12.3/lucene-core-9.12.3.jar \
//       src/test/lucene9/WriteLucene9Index.java src/test/resources/lucene9-index
// (after `mvn dependency:get -Dartifact=org.apache.lucene:lucene-core:9.12.3` if that jar is missing).
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

public class WriteLucene9Index {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        FieldType text = new FieldType(TextField.TYPE_STORED);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.freeze();
        try (var directory = FSDirectory.open(out);
                var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                        .setUseCompoundFile(true))) {
            for (String id : new String[] {"lucene9-a", "lucene9-b"}) {
                Document doc = new Document();
                doc.add(new StringField("id", id, Field.Store.YES));
                doc.add(new SortedDocValuesField("id_sort", new BytesRef(id)));
                doc.add(new Field("title", "稀土出口", text));
                doc.add(new Field("text", "稀土出口管制措施今日生效。", text));
                doc.add(new StringField("words", "稀土", Field.Store.NO));
                doc.add(new StoredField("original_title", "稀土出口"));
                doc.add(new StoredField("original_text", "稀土出口管制措施今日生效。"));
                doc.add(new StoredField("content_hash", "h-" + id));
                for (String[] keyword : new String[][] {{"source", "wire"}, {"region", "CN"}, {"topic", "trade"}}) {
                    doc.add(new StringField(keyword[0], keyword[1], Field.Store.YES));
                    doc.add(new SortedSetDocValuesField(keyword[0], new BytesRef(keyword[1])));
                }
                long published = 1735689600000L;
                doc.add(new LongPoint("published_at", published));
                doc.add(new NumericDocValuesField("published_at", published));
                doc.add(new StoredField("published_at", published));
                writer.addDocument(doc);
            }
            writer.setLiveCommitData(Map.of("sinoscope.committedAt", "1735689600000", "sinoscope.rebuilding", "false",
                    "sinoscope.format", "7").entrySet());
            writer.commit();
        }
        Files.deleteIfExists(out.resolve("write.lock"));
    }
}
