package io.sinoscope.query.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sinoscope.text.script.ScriptDetector;
import io.sinoscope.text.script.ScriptEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web UI's strings files (ui/i18n/en.json, zh-Hans.json, zh-Hant.json): the same keys in all three, no empty
 * string, the same {placeholders} in each language, every key the pages name literally defined, and each Chinese file
 * in its own script (HanLP's conversion tables, through the analyzer's {@link ScriptDetector}).
 */
class UiStringsTest {

    private static final List<String> LANGUAGES = List.of("en", "zh-Hans", "zh-Hant");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** t('key'), tn('key') (key.one and key.other), data-i18n="key" and its placeholder, title and aria-label forms. */
    private static final Pattern T_CALL = Pattern.compile("\\bt\\('([^']+)'");
    private static final Pattern TN_CALL = Pattern.compile("\\btn\\('([^']+)'");
    /** OpenCC's Taiwan phrase table (Apache-2.0), kept by text-analysis for its own generators; tests run in the module. */
    static final String TW_PHRASES = "../text-analysis/src/test/resources/io/sinoscope/text/opencc-1.4.2/TWPhrases.txt";
    private static final Pattern DATA_I18N = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");

    private static Map<String, String> strings(String language) throws IOException {
        try (InputStream in = UiStringsTest.class.getResourceAsStream("/META-INF/resources/ui/i18n/" + language
                + ".json")) {
            assertTrue(in != null, "ui/i18n/" + language + ".json is missing");
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, String>>() { });
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyKeyIsInEveryLanguageWithTheSamePlaceholdersAndNoEmptyString() throws IOException {
        Map<String, String> english = strings("en");
        int checked = 0;
        for (String language : LANGUAGES) {
            Map<String, String> other = strings(language);
            Set<String> missing = new TreeSet<>(english.keySet());
            missing.removeAll(other.keySet());
            Set<String> extra = new TreeSet<>(other.keySet());
            extra.removeAll(english.keySet());
            assertEquals(Set.of(), missing, "keys of en.json missing from " + language + ".json");
            assertEquals(Set.of(), extra, "keys of " + language + ".json that en.json does not have");
            for (Map.Entry<String, String> entry : other.entrySet()) {
                assertTrue(!entry.getValue().isBlank(), language + ": " + entry.getKey() + " is empty");
                assertEquals(placeholders(english.get(entry.getKey())), placeholders(entry.getValue()),
                        language + ": placeholders of " + entry.getKey());
                checked++;
            }
        }
        System.out.printf("UI strings: %d keys, %d strings in %d languages checked%n", english.size(), checked,
                LANGUAGES.size());
    }

    @Test
    void everyKeyThePagesNameIsDefined() throws IOException, URISyntaxException {
        Path ui = Path.of(UiStringsTest.class.getResource("/META-INF/resources/ui/app.js").toURI()).getParent();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(ui)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html"))
                    .toList()) {
                String text = Files.readString(file);
                used.addAll(matches(T_CALL, text));
                used.addAll(matches(DATA_I18N, text));
                for (String key : matches(TN_CALL, text)) {
                    used.add(key + ".one");
                    used.add(key + ".other");
                }
            }
        }
        assertTrue(used.size() > 100, "the pages name " + used.size() + " keys: is the scan broken?");
        Set<String> defined = strings("en").keySet();
        used.removeAll(defined);
        // t('column.' + h): a prefix some keys must start with; the whole keys are built at run time.
        used.removeIf(key -> key.endsWith(".") && defined.stream().anyMatch(d -> d.startsWith(key)));
        assertEquals(Set.of(), used, "keys the pages use that ui/i18n/en.json does not define");
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * Simplified strings hold no Traditional-only character and Traditional strings no Simplified-only one, apart from
     * Chinese the English string also holds: query examples (川普 晶片 -台灣), kept as a user would type them.
     */
    @Test
    void eachChineseFileIsWrittenInItsOwnScript() throws IOException {
        ScriptDetector detector = new ScriptDetector();
        Map<String, String> english = strings("en");
        List<String> wrong = new ArrayList<>();
        for (String language : List.of("zh-Hans", "zh-Hant")) {
            for (Map.Entry<String, String> entry : strings(language).entrySet()) {
                String example = english.get(entry.getKey());
                String own = entry.getValue().codePoints().filter(c -> example.indexOf(c) < 0)
                        .mapToObj(Character::toString).collect(Collectors.joining());
                ScriptEvidence evidence = detector.detect(own);
                int foreign = language.equals("zh-Hans") ? evidence.traditionalOnly() : evidence.simplifiedOnly();
                if (foreign > 0) {
                    wrong.add(language + " " + entry.getKey() + ": " + entry.getValue());
                }
            }
        }
        assertEquals(List.of(), wrong, "strings with characters of the other script");
    }

    /**
     * The Traditional strings use Taiwan and Hong Kong UI words, not the mainland's converted character by character:
     * no phrase OpenCC's Taiwan table ({@value #TW_PHRASES}, the text-analysis copy pinned at 1.4.2) turns into
     * another Taiwan form (搜索 → 搜尋, 文件 → 檔案, 設置 → 設定, 查看 → 檢視, 類型 → 型別 in software).
     */
    @Test
    void theTraditionalFileUsesTaiwanUiVocabulary() throws IOException {
        Map<String, List<String>> mainland = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(TW_PHRASES))) {
            String[] parts = line.split("\t");
            if (line.startsWith("#") || parts.length != 2) {
                continue;
            }
            List<String> taiwan = List.of(parts[1].split(" "));
            if (!taiwan.contains(parts[0])) {
                mainland.put(parts[0], taiwan);
            }
        }
        assertTrue(mainland.size() > 500, TW_PHRASES + " read as " + mainland.size() + " phrases");
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> entry : strings("zh-Hant").entrySet()) {
            mainland.forEach((phrase, taiwan) -> {
                if (entry.getValue().contains(phrase)) {
                    found.add(entry.getKey() + ": " + phrase + " → " + String.join(" or ", taiwan));
                }
            });
        }
        assertEquals(List.of(), found, "mainland phrases in zh-Hant.json, with OpenCC's Taiwan form");
    }
}
