package io.sinoscope.text.entity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns {@value SoundClasses#RESOURCE} from the {@code tune} half of CC-CEDICT's transliteration variants
 * ({@link TransliterationVariantsGenerator}): where two spellings of one English name have keys of equal length that
 * differ, each differing position proposes an equivalence, of rimes when the initials agree (奥巴马/欧巴马: ao = ou),
 * of initials when the rimes agree, else of whole syllables. Proposals made by two or more pairs are tried greedily,
 * most frequent first; one is kept when it joins at least {@value #MIN_GAIN} more variant pairs of the tune half and
 * adds at most one false join (two spellings of different English names under one key) per {@value #GAIN_PER_FALSE}
 * pairs it joins. The held-out half is not read. Rewrite with
 * {@code ./mvnw -q -o -pl text-analysis -am test -Dtest=TransliterationVariantsDevTest -Dsurefire.failIfNoSpecifiedTests=false -Dsinoscope.translit.folds.write=true}.
 */
final class TransliterationFoldsGenerator {

    static final String TARGET = "src/main/resources/io/sinoscope/text/" + SoundClasses.RESOURCE;
    static final int MIN_GAIN = 2;
    static final int GAIN_PER_FALSE = 2;

    private TransliterationFoldsGenerator() {
    }

    private record Named(String english, List<String> syllables) {
    }

    private record Proposal(String kind, String a, String b) {
    }

    /** Union-find classes per kind, written as member → representative (the shortest, then first in order). */
    private static final class Classes {
        final Map<String, Map<String, String>> parent = new TreeMap<>();

        Classes copy() {
            Classes c = new Classes();
            parent.forEach((k, v) -> c.parent.put(k, new TreeMap<>(v)));
            return c;
        }

        String find(String kind, String x) {
            Map<String, String> p = parent.computeIfAbsent(kind, k -> new TreeMap<>());
            String at = x;
            while (p.containsKey(at) && !p.get(at).equals(at)) {
                at = p.get(at);
            }
            return at;
        }

        void union(String kind, String a, String b) {
            String ra = find(kind, a);
            String rb = find(kind, b);
            if (ra.equals(rb)) {
                return;
            }
            Comparator<String> order = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());
            String rep = order.compare(ra, rb) <= 0 ? ra : rb;
            Map<String, String> p = parent.get(kind);
            p.put(ra, rep);
            p.put(rb, rep);
        }

        Map<String, String> members(String kind) {
            Map<String, String> out = new TreeMap<>();
            for (String x : parent.getOrDefault(kind, Map.of()).keySet()) {
                String rep = find(kind, x);
                if (!rep.equals(x)) {
                    out.put(x, rep);
                }
            }
            return out;
        }

        SoundClasses toSoundClasses() {
            return new SoundClasses(members("initial"), members("rime"), members("syllable"));
        }
    }

    static List<String[]> generate(List<TransliterationVariantsDevTest.Name> names) {
        TransliterationKey base = new TransliterationKey(TransliterationTable.fromResources(), SoundClasses.NONE);
        List<Named> tune = new ArrayList<>();
        for (TransliterationVariantsDevTest.Name name : names) {
            if (name.half().equals("tune")) {
                base.of(UnlinkedNameIds.keyedPart(name.simplified()))
                        .ifPresent(key -> tune.add(new Named(name.english(), List.of(key.split("-")))));
            }
        }
        Map<String, List<Named>> byEnglish = new LinkedHashMap<>();
        tune.forEach(n -> byEnglish.computeIfAbsent(n.english(), e -> new ArrayList<>()).add(n));
        Map<Proposal, Integer> proposals = new HashMap<>();
        for (List<Named> spellings : byEnglish.values()) {
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    List<String> a = spellings.get(i).syllables();
                    List<String> b = spellings.get(j).syllables();
                    if (a.size() != b.size()) {
                        continue;
                    }
                    for (int k = 0; k < a.size(); k++) {
                        if (!a.get(k).equals(b.get(k))) {
                            proposals.merge(proposal(a.get(k), b.get(k)), 1, Integer::sum);
                            proposals.merge(ordered("syllable", a.get(k), b.get(k)), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<Map.Entry<Proposal, Integer>> ordered = new ArrayList<>(proposals.entrySet());
        ordered.removeIf(e -> e.getValue() < 2);
        // Most frequent first; at equal counts the narrower whole-syllable proposal before the rime or initial one.
        ordered.sort(Map.Entry.<Proposal, Integer>comparingByValue().reversed()
                .thenComparing(e -> !e.getKey().kind().equals("syllable"))
                .thenComparing(e -> e.getKey().toString()));
        Classes classes = new Classes();
        int[] score = score(tune, byEnglish, classes.toSoundClasses());
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<Proposal, Integer> entry : ordered) {
            Proposal p = entry.getKey();
            Classes trial = classes.copy();
            trial.union(p.kind(), p.a(), p.b());
            int[] trialScore = score(tune, byEnglish, trial.toSoundClasses());
            int gain = trialScore[0] - score[0];
            int falses = trialScore[1] - score[1];
            boolean kept = gain >= MIN_GAIN && falses * GAIN_PER_FALSE <= gain;
            System.out.printf("TRANSLIT-FOLDS %s %s=%s proposed by %d: joins +%d, false joins +%d%s%n", p.kind(), p.a(),
                    p.b(), entry.getValue(), gain, falses, kept ? " KEPT" : "");
            if (kept) {
                classes = trial;
                score = trialScore;
            }
        }
        for (String kind : List.of("initial", "rime", "syllable")) {
            classes.members(kind).forEach((member, rep) -> rows.add(new String[] {kind, member, rep}));
        }
        return rows;
    }

    private static Proposal proposal(String a, String b) {
        String ia = SoundClasses.initial(a);
        String ib = SoundClasses.initial(b);
        String ra = a.substring(ia.length());
        String rb = b.substring(ib.length());
        if (ia.equals(ib)) {
            return ordered("rime", ra, rb);
        }
        if (ra.equals(rb)) {
            return ordered("initial", ia, ib);
        }
        return ordered("syllable", a, b);
    }

    private static Proposal ordered(String kind, String a, String b) {
        return a.compareTo(b) <= 0 ? new Proposal(kind, a, b) : new Proposal(kind, b, a);
    }

    /** Joined variant pairs and false joins of the tune half under these classes. */
    private static int[] score(List<Named> tune, Map<String, List<Named>> byEnglish, SoundClasses classes) {
        Map<Named, String> keys = new HashMap<>();
        Map<String, List<Named>> byKey = new HashMap<>();
        for (Named n : tune) {
            String key = String.join("-", n.syllables().stream().map(classes::apply).toList());
            keys.put(n, key);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        int joined = 0;
        for (List<Named> spellings : byEnglish.values()) {
            for (int i = 0; i < spellings.size(); i++) {
                for (int j = i + 1; j < spellings.size(); j++) {
                    if (keys.get(spellings.get(i)).equals(keys.get(spellings.get(j)))) {
                        joined++;
                    }
                }
            }
        }
        int falses = 0;
        for (List<Named> same : byKey.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (!same.get(i).english().equals(same.get(j).english())) {
                        falses++;
                    }
                }
            }
        }
        return new int[] {joined, falses};
    }

    static void write(List<String[]> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Sound classes of transliteration syllables, version 1 (generated by TransliterationFoldsGenerator; do not edit).");
        lines.add("# Learned from the tune half of CC-CEDICT's pairs of one English name under two transliterations");
        lines.add("# (text-analysis src/test/resources/io/sinoscope/text/entity/transliteration-variants-cedict-v1.tsv).");
        lines.add("# CC-CEDICT, CC BY-SA 4.0, https://cc-cedict.org/ (MDBG); this table is an adaptation under the same licence.");
        lines.add("# Columns: kind (initial | rime | syllable) <TAB> folded member <TAB> its class's representative");
        for (String[] row : rows) {
            lines.add(String.join("\t", row));
        }
        Files.write(Path.of(TARGET), lines, StandardCharsets.UTF_8);
    }
}
