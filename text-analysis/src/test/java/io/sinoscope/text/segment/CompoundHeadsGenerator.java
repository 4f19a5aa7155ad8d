package io.sinoscope.text.segment;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, for each head of {@value CompoundWords#HEADS}, how many place and organisation names of the merged gazetteer
 * (the curated gazetteer and the CC-CEDICT knowledge base, CC BY-SA 4.0) are another listed name followed by that head
 * with the head's type (中山路 = 中山 + 路, 日本海 = 日本 + 海, 北京大学 = 北京 + 大学), and writes the count into the
 * table's fourth column: the evidence from the field's data that the head makes a new entity of its name. The rows,
 * types and conditions are the hand table's; {@link #candidates} lists the endings CC-CEDICT shows most often that the
 * table lacks, for review (printed by CompoundHeadsTest), not added blindly: many are parts of names (山, 河, 岛 make a
 * mountain of a person's name but also end ordinary place names whose first part is a listed word).
 */
final class CompoundHeadsGenerator {

    static final String TARGET = "src/main/resources/io/sinoscope/text/" + CompoundWords.HEADS;
    static final int MAX_HEAD_CHARS = 4;

    private CompoundHeadsGenerator() {
    }

    /** The table with its fourth column recomputed. */
    static List<String> generate() throws IOException {
        Map<String, Map<EntityType, Integer>> counts = counts();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(TARGET), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                out.add(line);
                continue;
            }
            String[] c = line.split("\t");
            EntityType type = EntityType.valueOf(c[1]);
            int count = counts.getOrDefault(c[0], Map.of()).getOrDefault(type, 0);
            out.add(c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + count);
        }
        return out;
    }

    /** Endings not in the table, with their counts, most frequent first. */
    static List<String> candidates(int limit) throws IOException {
        Set<String> inTable = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(TARGET), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                inTable.add(line.split("\t")[0]);
            }
        }
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        counts().forEach((head, byType) -> byType.forEach((type, count) -> {
            if (!inTable.contains(head)) {
                all.add(Map.entry(head + "\t" + type, count));
            }
        }));
        all.sort((a, b) -> b.getValue() - a.getValue());
        return all.stream().limit(limit).map(e -> e.getKey() + "\t" + e.getValue()).toList();
    }

    /** head -> type -> distinct entities named as another listed name plus the head. */
    private static Map<String, Map<EntityType, Integer>> counts() {
        Gazetteer gazetteer = Gazetteer.shared();
        Map<String, Set<String>> entitiesByHeadAndType = new TreeMap<>();
        for (Map.Entry<String, CanonicalEntity> form : gazetteer.aliasForms().entrySet()) {
            String name = form.getKey();
            CanonicalEntity entity = form.getValue();
            if ((entity.type() != EntityType.LOCATION && entity.type() != EntityType.ORGANIZATION)
                    || name.length() < 3 || !isHan(name) || !HanLP.t2s(name).equals(name)) {
                continue;
            }
            for (int cut = 2; cut < name.length(); cut++) {
                String head = name.substring(cut);
                if (head.length() > MAX_HEAD_CHARS) {
                    continue;
                }
                var inner = gazetteer.lookup(name.substring(0, cut));
                if (inner.isPresent() && !inner.get().id().equals(entity.id()) && inner.get().type() != EntityType.OTHER) {
                    entitiesByHeadAndType.computeIfAbsent(head + "\t" + entity.type(), k -> new HashSet<>())
                            .add(entity.id());
                    break;
                }
            }
        }
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        entitiesByHeadAndType.forEach((key, ids) -> {
            String[] parts = key.split("\t");
            counts.computeIfAbsent(parts[0], k -> new HashMap<>()).put(EntityType.valueOf(parts[1]), ids.size());
        });
        return counts;
    }

    private static boolean isHan(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
