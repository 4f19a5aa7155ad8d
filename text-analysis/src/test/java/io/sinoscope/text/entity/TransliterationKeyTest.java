package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.Token;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phonetic keys of transliterated names (normalized, Simplified surfaces) and the repair of cut name spans. */
class TransliterationKeyTest {

    private static final TransliterationTable TABLE = TransliterationTable.fromResources();
    private static final TransliterationKey KEY = new TransliterationKey(TABLE);

    private static String key(String surface) {
        return KEY.of(surface).orElseThrow(() -> new AssertionError("no key for " + surface));
    }

    @Test
    void regionalSpellingsOfOneNameShareAKey() {
        // Names of my own choosing, not from any evaluation set: mainland vs Taiwan spellings.
        assertEquals(key("基辛格"), key("基辛格"));
        assertEquals(key("贝索斯"), key("贝佐斯"), "索/佐");
        assertEquals(key("沃勒"), key("华勒"), "沃/華 both render Wa");
        assertEquals(key("奥尔特曼"), key("奥特曼"), "mainland 尔 for a final l/r that Taiwan leaves out");
        assertEquals(key("布什"), key("布希"), "sh/x");
        assertEquals(key("马德罗"), key("马特罗"), "特/德");
        assertEquals(key("尼亚美"), key("尼阿美"), "亞 where mainland writes 阿");
        assertEquals(key("卢萨卡"), key("路沙卡"));
    }

    /**
     * How specific keys are: among the transliterated names of HanLP's dictionary (mostly mainland spellings of
     * different people's names), the share of names of three or more syllables whose key another name also has.
     * Printed; bounded so a new folding that merges far more cannot pass unnoticed.
     */
    @Test
    void keysOfThreeOrMoreSyllablesRarelyCollide() {
        java.util.Map<String, java.util.Set<String>> byKey = new java.util.HashMap<>();
        int keyed = 0;
        for (String name : TransliterationCharactersGenerator.transliteratedNames()) {
            Optional<String> k = KEY.of(name);
            if (k.isPresent() && UnlinkedNameIds.strongKey("~" + k.get())) {
                keyed++;
                byKey.computeIfAbsent(k.get(), x -> new java.util.HashSet<>()).add(name);
            }
        }
        long colliding = byKey.values().stream().filter(names -> names.size() > 1).mapToLong(java.util.Set::size).sum();
        double share = (double) colliding / keyed;
        System.out.printf("TRANSLIT-KEY names with a 3+ syllable key %d, sharing it with another name %d (%.3f)%n",
                keyed, colliding, share);
        assertTrue(share < 0.25, "share " + share);
    }

    @Test
    void differentVowelsAndDifferentNamesKeepDifferentKeys() {
        assertNotEquals(key("布洛克"), key("布拉克"));
        assertNotEquals(key("卡加梅"), key("卡加米"));
        assertNotEquals(key("贝利"), key("比利"));
        assertNotEquals(key("索菲亚"), key("佐菲亚").substring(0, 1), "sanity: the key is not one letter");
    }

    @Test
    void onlyTransliterationCharactersHaveAKey() {
        assertEquals(Optional.empty(), KEY.of("张志远"), "志 and 远 are not transliteration characters");
        assertEquals(Optional.empty(), KEY.of("萨"), "one syllable is no key");
        assertFalse(TABLE.shaped("高管"));
        assertFalse(TABLE.shaped("台美"));
        assertTrue(TABLE.shaped("拉马福萨"));
        assertTrue(TABLE.shaped("戴利"));
    }

    @Test
    void aNameCutIntoPiecesIsMergedAndTypedByTheWordBeforeIt() {
        NameBoundaries boundaries = new NameBoundaries(TABLE, NameEdges.fromResources());
        String text = "赞比亚首都路沙卡出现停电";
        List<Token> tokens = List.of(new Token("赞比亚", "nsf", 0, 3), new Token("首都", "n", 3, 5),
                new Token("路", "n", 5, 6), new Token("沙卡", "nr", 6, 8), new Token("出现", "v", 8, 10),
                new Token("停电", "vi", 10, 12));
        BitSet covered = new BitSet();
        covered.set(0, 3);
        List<Token> repaired = boundaries.repair(text, tokens, covered, at -> false, new BitSet());
        assertTrue(repaired.contains(new Token("路沙卡", "nsf", 5, 8)), repaired::toString);
        assertFalse(repaired.stream().anyMatch(t -> t.term().equals("沙卡")), repaired::toString);
    }

    @Test
    void aTimeWordGluedToANameIsCutOff() {
        NameBoundaries boundaries = new NameBoundaries(TABLE, NameEdges.fromResources());
        String text = "部长张志远今天抵达";
        List<Token> tokens = List.of(new Token("部长", "nnt", 0, 2), new Token("张志远今天", "nr", 2, 7),
                new Token("抵达", "v", 7, 9));
        List<Token> repaired = boundaries.repair(text, tokens, new BitSet(), at -> at == 2, new BitSet());
        assertEquals(new Token("张志远", "nr", 2, 5), repaired.get(1));
        assertEquals(EntityType.PERSON, EntityLinker.nameType(repaired.get(1).partOfSpeech()).orElseThrow());
    }
    @Test
    void aParticleGluedToTheFirstPieceOfANameIsSplitOff() {
        NameBoundaries boundaries = new NameBoundaries(TABLE, NameEdges.fromResources());
        String text = "俄军正向波克罗夫斯克推进";
        List<Token> tokens = List.of(new Token("俄军", "n", 0, 2), new Token("正", "d", 2, 3),
                new Token("向波", "nr", 3, 5), new Token("克", "q", 5, 6), new Token("罗夫斯克", "nrf", 6, 10),
                new Token("推进", "vi", 10, 12));
        List<Token> repaired = boundaries.repair(text, tokens, new BitSet(), at -> false, new BitSet());
        assertTrue(repaired.stream().anyMatch(t -> t.term().equals("波克罗夫斯克")), repaired::toString);
        assertTrue(repaired.contains(new Token("向", "p", 3, 4)), repaired::toString);
    }

    @Test
    void aBankersNumeralMayEndANameButAnEverydayNumeralMayNot() {
        NameBoundaries boundaries = new NameBoundaries(TABLE, NameEdges.fromResources());
        String text = "部长恩德洛伍说";
        List<Token> tokens = List.of(new Token("部长", "nnt", 0, 2), new Token("恩德", "n", 2, 4),
                new Token("洛", "b", 4, 5), new Token("伍", "m", 5, 6), new Token("说", "v", 6, 7));
        List<Token> repaired = boundaries.repair(text, tokens, new BitSet(), at -> at == 2, new BitSet());
        assertTrue(repaired.contains(new Token("恩德洛伍", "nrf", 2, 6)), repaired::toString);
        String three = "部长恩德洛三人说";
        List<Token> withThree = List.of(new Token("部长", "nnt", 0, 2), new Token("恩德", "n", 2, 4),
                new Token("洛", "b", 4, 5), new Token("三", "m", 5, 6), new Token("人", "n", 6, 7),
                new Token("说", "v", 7, 8));
        List<Token> kept = boundaries.repair(three, withThree, new BitSet(), at -> at == 2, new BitSet());
        assertTrue(kept.contains(new Token("恩德洛", "nrf", 2, 5)), kept::toString);
    }
}
