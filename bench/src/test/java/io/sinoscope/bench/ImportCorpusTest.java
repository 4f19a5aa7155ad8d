package io.sinoscope.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sinoscope.text.script.RegionDetector;
import io.sinoscope.text.script.RegionGuess;
import io.sinoscope.text.script.ScriptDetector;
import io.sinoscope.text.script.ScriptEvidence;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import corpus is what it claims in its manifest: each file decodes strictly, with its own charset and with
 * the superset a reader uses for it, to exactly the text the manifest hashes; legacy charsets get only characters
 * they hold; each region reads as that region to text-analysis's own detectors; the same seed gives the same bytes.
 */
class ImportCorpusTest {

    private static final int FILES = 600;
    private static final Set<ImportCorpus.Format> BOTH = EnumSet.allOf(ImportCorpus.Format.class);
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static List<ImportCorpus.CorpusFile> files;

    @BeforeAll
    static void generate() {
        files = generate(11, FILES);
    }

    private static List<ImportCorpus.CorpusFile> generate(long seed, int count) {
        ImportCorpus corpus = new ImportCorpus(seed, 400, BOTH);
        List<ImportCorpus.CorpusFile> generated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            generated.add(corpus.next());
        }
        return generated;
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        List<ImportCorpus.CorpusFile> again = generate(11, 50);
        List<ImportCorpus.CorpusFile> other = generate(12, 50);
        for (int i = 0; i < again.size(); i++) {
            assertEquals(files.get(i).path(), again.get(i).path());
            assertArrayEquals(files.get(i).bytes(), again.get(i).bytes(), files.get(i).path());
            assertEquals(files.get(i).entry(), again.get(i).entry());
        }
        assertFalse(files.get(0).entry().sha256().equals(other.get(0).entry().sha256()));
    }

    @Test
    void aSingleFormatGivesOnlyThatFormatAndPagesNeverUtf16() {
        ImportCorpus pages = new ImportCorpus(11, 200, EnumSet.of(ImportCorpus.Format.HTML));
        ImportCorpus texts = new ImportCorpus(11, 200, EnumSet.of(ImportCorpus.Format.TXT));
        for (int i = 0; i < 100; i++) {
            CorpusManifest.Entry page = pages.next().entry();
            assertEquals("html", page.format(), page.path());
            assertFalse(page.charset().startsWith("UTF-16"), page.path());
            assertEquals("txt", texts.next().entry().format());
        }
    }

    @Test
    void everyFileDecodesStrictlyToTheManifestsTextWithItsCharsetAndItsReadersSuperset() throws Exception {
        for (ImportCorpus.CorpusFile file : files) {
            CorpusManifest.Entry entry = file.entry();
            FileEncoding encoding = encodingOf(entry);
            String text = encoding.decode(file.bytes(), encoding.charset());
            assertEquals(entry.sha256(), sha256(text), entry.path());
            assertEquals(text, encoding.decode(file.bytes(), encoding.readAs()), entry.path());
            assertFalse(text.contains("\uFFFD") || text.contains("?"), entry.path());
            if (entry.format().equals("html")) {
                assertTrue(text.contains("<h1>" + entry.title() + "</h1>"), entry.path());
                assertEquals(!entry.metaCharset().equals(CorpusManifest.NONE),
                        text.contains("<meta charset=\"" + entry.metaCharset() + "\">"), entry.path());
                assertTrue(text.contains("<nav>") && text.contains("<aside class=\"related\">")
                        && text.contains("<footer>"), entry.path());
            } else {
                assertTrue(text.startsWith(entry.title() + "\n" + entry.publishedAt().substring(0, 10) + " "),
                        entry.path());
            }
        }
    }

    @Test
    void everyEncodingOfEveryRegionOccursAndCharactersStayInTheCharsetsThatHoldThem() throws Exception {
        Map<String, Pattern> onlyIn = Map.of(
                "Big5-HKSCS", Pattern.compile("[嘅啲咗嗰啱哋]"),   // HKSCS, not Big5
                "GB18030", Pattern.compile("[䶮\\x{20BB7}]"),    // GB18030, not GBK
                "GBK", Pattern.compile("[喆堃·]"));               // GBK, not GB2312
        Set<String> seen = new HashSet<>();
        Map<String, Integer> filesUsingThem = new HashMap<>();
        for (ImportCorpus.CorpusFile file : files) {
            CorpusManifest.Entry entry = file.entry();
            FileEncoding encoding = encodingOf(entry);
            seen.add(entry.region() + " " + encoding);
            String text = encoding.decode(file.bytes(), encoding.charset());
            onlyIn.forEach((charset, characters) -> {
                if (characters.matcher(text).find()) {
                    filesUsingThem.merge(entry.charset(), 1, Integer::sum);
                    assertTrue(encoding.charset().contains(Charset.forName(charset)),
                            entry.path() + ": " + entry.charset() + " holds no " + characters);
                }
            });
        }
        for (CorpusRegion region : CorpusRegion.values()) {
            for (FileEncoding encoding : region.encodings()) {
                assertTrue(seen.contains(region.code() + " " + encoding), region + " " + encoding + " never chosen");
            }
        }
        for (String charset : onlyIn.keySet()) {
            assertTrue(filesUsingThem.getOrDefault(charset, 0) > 0, "no " + charset + " file uses what only it holds");
        }
    }

    @Test
    void eachRegionReadsAsItselfToTextAnalysisAndCarriesEntitiesNumbersAndDates() throws Exception {
        ScriptDetector scripts = new ScriptDetector();
        RegionDetector regions = RegionDetector.fromResources();
        Map<String, Pattern> facts = Map.of(
                "money", Pattern.compile("\\d+(\\.\\d)?(亿|億)(美元|港元|元)|新台幣\\d+億元"),
                "percentage", Pattern.compile("\\d+(\\.\\d)?%"),
                "tariff change", Pattern.compile("(关税|關稅)(税率)?(从|從|由)\\d+%"),
                "quantity", Pattern.compile("\\d+(万吨|萬公噸|万辆|萬人次|萬個)"),
                "date", Pattern.compile("\\d{1,2}月\\d{1,2}日"));
        Map<String, Set<String>> factsByRegion = new HashMap<>();
        for (ImportCorpus.CorpusFile file : files) {
            CorpusManifest.Entry entry = file.entry();
            FileEncoding encoding = encodingOf(entry);
            String text = TAG.matcher(encoding.decode(file.bytes(), encoding.charset())).replaceAll("");
            CorpusRegion region = CorpusRegion.valueOf(regionName(entry.region()));
            ScriptEvidence script = scripts.detect(text);
            RegionGuess guess = regions.detect(text, script);
            assertEquals(region.script(), script.script(), entry.path() + " " + script);
            assertEquals(region.region(), guess.region(), entry.path() + " " + guess);
            facts.forEach((kind, pattern) -> {
                if (pattern.matcher(text).find()) {
                    factsByRegion.computeIfAbsent(entry.region(), r -> new HashSet<>()).add(kind);
                }
            });
        }
        for (CorpusRegion region : CorpusRegion.values()) {
            assertEquals(facts.keySet(), factsByRegion.get(region.code()), region.code());
        }
    }

    private static String regionName(String code) {
        for (CorpusRegion region : CorpusRegion.values()) {
            if (region.code().equals(code)) {
                return region.name();
            }
        }
        throw new IllegalArgumentException(code);
    }

    static FileEncoding encodingOf(CorpusManifest.Entry entry) {
        for (FileEncoding encoding : FileEncoding.values()) {
            if (encoding.charset().name().equals(entry.charset())
                    && encoding.hasByteOrderMark() == entry.byteOrderMark()) {
                return encoding;
            }
        }
        throw new AssertionError("no encoding " + entry.charset() + " with mark " + entry.byteOrderMark());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
