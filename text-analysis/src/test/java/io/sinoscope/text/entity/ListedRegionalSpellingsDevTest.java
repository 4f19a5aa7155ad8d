package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.TextAnalyzer;
import io.sinoscope.text.EntityType;
import io.sinoscope.textrules.ResourceLines;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regional spellings of listed people and places joined to their entity as possible links (issue 22).
 *
 * <p>Held-out spellings: CC-CEDICT's transliterated names ({@code transliteration-variants-cedict-v1.tsv}, both
 * halves; nothing here is tuned on it) with two or more spellings of one English name, where a spelling A is a listed
 * name of a person or place E. Each other spelling B is held out of the knowledge base (its aliases of B's form
 * removed) and B's key looked up as {@link KeyedNames} would: gained when the key names E alone, a false link when it
 * names another entity alone, nothing when it names none or several (ambiguous). Beside it, unlisted names: every
 * listed transliterated name with its whole entity held out, a false link when its key then names another entity
 * alone.
 *
 * <p>Sentences: {@code listed-regional-spellings-dev-v1.tsv}, written for this set, through the whole analyzer: a
 * gain is the spelling's mention under the expected entity, as a possible link; a false link is a decoy (or a
 * positive) under any other listed entity. Prints {@code LISTED-SPELLINGS} lines.
 */
class ListedRegionalSpellingsDevTest {

    static final String SENTENCES = "listed-regional-spellings-dev-v1.tsv";

    private static final TransliterationTable TABLE = TransliterationTable.fromResources();
    private static final TransliterationKey KEYS = new TransliterationKey(TABLE);

    @Test
    void heldOutSpellingsJoinTheirListedEntityAndUnlistedNamesRarelyJoinAnother() throws IOException {
        Gazetteer gazetteer = Gazetteer.shared();
        Map<String, Map<CanonicalEntity, Set<String>>> keyed = KeyedNames.keyedAliases(gazetteer.entities(), TABLE);
        Map<String, List<String>> byEnglish = new LinkedHashMap<>();
        for (TransliterationVariantsDevTest.Name name : TransliterationVariantsDevTest.load()) {
            byEnglish.computeIfAbsent(name.english(), e -> new ArrayList<>()).add(name.simplified());
        }
        int tried = 0;
        int gained = 0;
        int falseLinks = 0;
        int ambiguous = 0;
        for (List<String> spellings : byEnglish.values()) {
            for (String a : spellings) {
                Optional<CanonicalEntity> listed = gazetteer.lookup(a);
                if (listed.isEmpty() || !personOrPlace(listed.get())) {
                    continue;
                }
                for (String b : spellings) {
                    Optional<String> key = key(b);
                    if (b.equals(a) || key.isEmpty() || !KeyedNames.strong(key.get())) {
                        continue;
                    }
                    tried++;
                    Set<CanonicalEntity> named = named(keyed.get(key.get()), b, null);
                    if (named.size() == 1 && named.contains(listed.get())) {
                        gained++;
                    } else if (named.size() == 1) {
                        falseLinks++;
                    } else if (named.size() > 1) {
                        ambiguous++;
                    }
                }
            }
        }
        int unlisted = 0;
        int unlistedFalse = 0;
        for (List<String> spellings : byEnglish.values()) {
            for (String a : spellings) {
                Optional<CanonicalEntity> listed = gazetteer.lookup(a);
                Optional<String> key = key(a);
                if (listed.isEmpty() || !personOrPlace(listed.get()) || key.isEmpty()
                        || !KeyedNames.strong(key.get())) {
                    continue;
                }
                unlisted++;
                if (named(keyed.get(key.get()), null, listed.get()).size() == 1) {
                    unlistedFalse++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "LISTED-SPELLINGS held-out CC-CEDICT spellings of listed people and places: "
                        + "%d tried, joined their entity %d (%.3f), false links %d, ambiguous %d%n", tried, gained,
                (double) gained / tried, falseLinks, ambiguous);
        System.out.printf(Locale.ROOT, "LISTED-SPELLINGS listed names with their entity held out: %d, joined another "
                + "entity %d (%.3f)%n", unlisted, unlistedFalse, (double) unlistedFalse / unlisted);
        assertTrue(gained > 10 * falseLinks, gained + " gained, " + falseLinks + " false");
    }

    /** The entities the key names once {@code heldOutForm} is removed from every entity, or {@code heldOut} entirely. */
    private static Set<CanonicalEntity> named(Map<CanonicalEntity, Set<String>> entities, String heldOutForm,
                                              CanonicalEntity heldOut) {
        Set<CanonicalEntity> named = new HashSet<>();
        if (entities == null) {
            return named;
        }
        entities.forEach((entity, forms) -> {
            Set<String> left = new HashSet<>(forms);
            if (heldOutForm != null) {
                left.remove(Gazetteer.fold(HanLP.t2s(heldOutForm)));
            }
            if (!left.isEmpty() && !entity.equals(heldOut)) {
                named.add(entity);
            }
        });
        return named;
    }

    private static Optional<String> key(String simplified) {
        String form = Gazetteer.fold(HanLP.t2s(simplified));
        return TABLE.shaped(form) ? KEYS.of(form) : Optional.empty();
    }

    /** Which listed entities keys join: people and places. */
    private static boolean personOrPlace(CanonicalEntity entity) {
        return entity.type() == EntityType.PERSON || entity.type() == EntityType.LOCATION;
    }

    @Test
    void regionalSpellingsInSentencesArePossibleLinksToTheirEntity() {
        TextAnalyzer analyzer = TextAnalyzer.createDefault();
        int positives = 0;
        int gained = 0;
        int falseLinks = 0;
        int decoys = 0;
        List<String> lines = new ArrayList<>();
        for (String[] row : sentences()) {
            String surface = row[1];
            String expected = row[2];
            List<LinkedEntity> entities = analyzer.analyze(row[3]).entities();
            String got = "(none)";
            boolean possible = false;
            for (LinkedEntity entity : entities) {
                for (Mention mention : entity.mentions()) {
                    if (mention.surface().equals(surface)) {
                        got = entity.id();
                        possible = LinkedEntity.possible(entity.id(), entity.mentions().stream().map(Mention::confidence).toList());
                    }
                }
            }
            boolean listedLink = !got.equals("(none)") && !got.startsWith("unlinked:");
            if (expected.equals("-")) {
                decoys++;
                if (listedLink) {
                    falseLinks++;
                    lines.add("LISTED-SPELLINGS false-link " + row[0] + " " + surface + " -> " + got);
                }
            } else {
                positives++;
                if (got.equals(expected) && possible) {
                    gained++;
                } else {
                    if (listedLink) {
                        falseLinks++;
                    }
                    lines.add("LISTED-SPELLINGS miss " + row[0] + " " + surface + " -> " + got
                            + (got.equals(expected) ? " (not possible)" : ""));
                }
            }
        }
        lines.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "LISTED-SPELLINGS sentences: possible links gained %d/%d; false links %d "
                + "(decoys %d)%n", gained, positives, falseLinks, decoys);
        assertEquals(0, falseLinks, "false links");
        assertTrue(gained * 2 >= positives, "gained " + gained + " of " + positives);
    }

    private static List<String[]> sentences() {
        return ResourceLines.in(ListedRegionalSpellingsDevTest.class, "/io/sinoscope/text/entity/")
                .readTsv(SENTENCES, 4);
    }
}
