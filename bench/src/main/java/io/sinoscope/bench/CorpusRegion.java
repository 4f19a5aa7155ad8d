package io.sinoscope.bench;

import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The three regional styles of the import corpus, each with the encodings its files come in and how often. The mix
 * is what archives of each region's portals look like: legacy charsets beside UTF-8, a few files saved by Windows
 * tools with a byte-order mark (UTF-16 only as plain text, as Notepad's "Unicode" writes it).
 */
enum CorpusRegion {
    MAINLAND("CN", Region.MAINLAND, Script.SIMPLIFIED, "zh-CN", FileEncoding.GB2312, weights(
            FileEncoding.GB18030, 25, FileEncoding.GBK, 15, FileEncoding.GB2312, 10, FileEncoding.UTF_8, 40,
            FileEncoding.UTF_8_BOM, 5, FileEncoding.UTF_16LE_BOM, 5)),
    TAIWAN("TW", Region.TAIWAN, Script.TRADITIONAL, "zh-TW", FileEncoding.BIG5, weights(
            FileEncoding.BIG5, 45, FileEncoding.UTF_8, 45, FileEncoding.UTF_8_BOM, 5, FileEncoding.UTF_16BE_BOM, 5)),
    HONG_KONG("HK", Region.HONG_KONG, Script.TRADITIONAL, "zh-HK", FileEncoding.BIG5, weights(
            FileEncoding.BIG5_HKSCS, 45, FileEncoding.UTF_8, 45, FileEncoding.UTF_8_BOM, 5,
            FileEncoding.UTF_16LE_BOM, 5));

    private final String code;
    private final Region region;
    private final Script script;
    private final String htmlLanguage;
    private final FileEncoding fillerRepertoire;
    private final Map<FileEncoding, Integer> encodingWeights;
    private final int totalWeight;

    CorpusRegion(String code, Region region, Script script, String htmlLanguage, FileEncoding fillerRepertoire,
            Map<FileEncoding, Integer> encodingWeights) {
        this.code = code;
        this.region = region;
        this.script = script;
        this.htmlLanguage = htmlLanguage;
        this.fillerRepertoire = fillerRepertoire;
        this.encodingWeights = encodingWeights;
        this.totalWeight = encodingWeights.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The region code of text-analysis's region-cues and of the templates: CN, TW, HK. */
    String code() {
        return code;
    }

    /** The region text-analysis should detect for this style. */
    Region region() {
        return region;
    }

    Script script() {
        return script;
    }

    String htmlLanguage() {
        return htmlLanguage;
    }

    /**
     * The narrowest legacy charset of the region: filler characters are drawn from what it holds, so that random
     * filler looks like the region's script (GB2312 is Simplified, Big5 Traditional) and fits all its files.
     */
    FileEncoding fillerRepertoire() {
        return fillerRepertoire;
    }

    Iterable<FileEncoding> encodings() {
        return encodingWeights.keySet();
    }

    FileEncoding pickEncoding(SplittableRandom random) {
        int ticket = random.nextInt(totalWeight);
        for (Map.Entry<FileEncoding, Integer> weight : encodingWeights.entrySet()) {
            ticket -= weight.getValue();
            if (ticket < 0) {
                return weight.getKey();
            }
        }
        throw new IllegalStateException("weights sum to " + totalWeight);
    }

    private static Map<FileEncoding, Integer> weights(Object... encodingThenWeight) {
        Map<FileEncoding, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < encodingThenWeight.length; i += 2) {
            weights.put((FileEncoding) encodingThenWeight[i], (Integer) encodingThenWeight[i + 1]);
        }
        return weights;
    }
}
