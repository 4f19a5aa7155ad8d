package io.sinoscope.text.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.resource.AnalyzerData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of normalised text by dictionary alone, for search's word-edge matching: HanLP's core dictionary plus its
 * custom dictionary (which holds every gazetteer name, see {@link Segmenter}), without person, place or organisation
 * recognition. Recognition joins a name to its neighbours (古巴政府 as one organisation, 检察机关调查违法国企 as another)
 * and depends on context, so the same name would be one word in one sentence and part of another in the next; the
 * dictionary's words are what a query is segmented into too, so both sides meet.
 *
 * <p>Beside the words themselves, {@link #of} gives the parts of two kinds of compound, because their parts are words
 * the article says: an organisation name built like one (ending in an organisation word, see {@link OrganisationSuffixes})
 * is segmented again by the core dictionary alone (美国商务部 also gives 美国 and 商务部, 小米集团 gives 小米), and a place ending in an administrative suffix gives its stem when the stem is itself a
 * dictionary word (北京市 gives 北京, 香港特区 香港, 东京都 东京). Other long words keep their characters to themselves: 朝鲜族, 中美洲, 沿海地区 and
 * 巴西利亚 give no 朝鲜, 中美, 海地 or 巴西. Thread-safe.
 *
 * <p>Three kinds of evidence keep a name from being a word where the text says something else (issue 22):
 * <ul>
 * <li>a compound's part is not given when the knowledge base knows the compound and the part as two entities whose
 * English names show two names written alike: 哥伦比亚大学 (Columbia University) gives no 哥伦比亚 (Colombia), while
 * 美国商务部 (United States Department of Commerce) gives 美国 and 英国央行 (Bank of England) 英国;</li>
 * <li>a short word whose first character makes a dictionary word with a lone character before it, while its rest
 * makes one with what follows (增|加州|政府 against 增加|州政府), is a segmentation across a word edge, and is not given
 * (nor its mirror at the end);</li>
 * <li>a name followed by a lone rare character (core-dictionary frequency under {@value #RARE_CHARACTER_FREQUENCY})
 * is the head of a longer word the dictionary lacks: 荷兰豆, 墨西哥湾, 索马里兰 give the whole and not the name,
 * unless that character is a belonging affix ({@value #BELONGING_AFFIXES}: 英国籍, 日企, 伊利诺伊州) that keeps the
 * name's identity;</li>
 * <li>a name inside a longer run of transliteration characters is a piece of a foreign name the dictionary lacks
 * (莫迪 of 莫迪|里|安|尼, 布什 of 布什|内尔), unless the run is listed names side by side (伊朗|德黑兰) or opens with a
 * listed country or region (阿根廷|罗萨里奥); see {@link #fragmentsOfLongerNames}.</li>
 * </ul>
 */
public final class DictionaryWords {

    /** Suffixes of administrative divisions: 北京市, 广东省, 加州, 东京都, 大阪府 stay findable by their stem. */
    private static final String ADMINISTRATIVE_SUFFIXES = "市省州县区镇都府";
    static final String BELONGING_AFFIXES = "belonging-affixes-v1.txt";
    /** Below this total core-dictionary frequency a lone character is a bound morpheme, not a word of its own. */
    static final int RARE_CHARACTER_FREQUENCY = 20;
    /**
     * From this core-dictionary frequency on, a lone character at the edge of a run of transliteration characters is a
     * word of its own, not a piece of a name: 曾 (350) and 都 (1907) in 普京曾表示, 多 (2918) in 日本多地, 本 (314) in
     * 特朗普本周; 顿 (20), 罗 (29) and 莫 (21) are name pieces (巴林顿, 拉萨罗, 莫迪亚诺). Inside a run any frequency goes
     * (里, 887, of 莫迪|里|安|尼).
     */
    static final int NAME_PIECE_FREQUENCY = 100;
    private static final Set<String> AFFIXES = AnalyzerData.readTsv(BELONGING_AFFIXES, 1).stream()
            .map(row -> row[0].strip()).collect(Collectors.toUnmodifiableSet());
    /** English words two entities' names may share without being related. */
    private static final Set<String> NAME_STOPWORDS = Set.of("the", "of", "and", "for", "in", "on", "at", "de");

    private final TransliterationCharacters transliteration;

    /**
     * Registers the gazetteer's names in HanLP's custom dictionary, as the analyzer's segmenter does.
     *
     * @param transliteration which characters transliterate foreign names, for the fragment rule (class comment)
     */
    public DictionaryWords(Gazetteer gazetteer, TransliterationCharacters transliteration) {
        this(transliteration);
        new Segmenter(gazetteer);
    }

    /**
     * With whatever gazetteer the process registered: HanLP's custom dictionary is process-wide, and the first
     * {@link Segmenter} (every {@code TextAnalyzer} makes one) registers its gazetteer there for everyone.
     */
    public DictionaryWords(TransliterationCharacters transliteration) {
        this.transliteration = Objects.requireNonNull(transliteration);
    }

    /** Every distinct word of the text, and the parts of its compounds (see the class comment), in text order. */
    public Set<String> of(String normalizedText) {
        Set<String> words = new LinkedHashSet<>();
        for (WordSpans.Word word : spans(normalizedText).words()) {
            words.add(word.text());
        }
        return words;
    }

    /**
     * Where the words {@link #of} gives lie in the text, and which terms of the segmentation it refused as words (cut
     * across a word edge, or heading a longer word before a rare character): what the entity linker checks a name
     * against, so that a name search finds by entity id only what it would find by word.
     */
    public WordSpans spans(String normalizedText) {
        List<WordSpans.Word> words = new ArrayList<>();
        List<WordSpans.Refusal> refused = new ArrayList<>();
        if (normalizedText == null || normalizedText.isBlank()) {
            return new WordSpans(words, refused, List.of(), List.of(), LISTS);
        }
        List<Term> terms = segment(normalizedText, true);
        List<CompoundWords.Compound> compounds = CompoundWords.find(terms, Segmenter.registeredGazetteer());
        List<WordSpans.Run> runs = new ArrayList<>();
        BitSet fragments = fragmentsOfLongerNames(terms, runs);
        int nextCompound = 0;
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            if (!isWord(term)) {
                continue;
            }
            int start = term.offset;
            int end = start + term.word.length();
            while (nextCompound < compounds.size() && compounds.get(nextCompound).nameEnd() <= start) {
                nextCompound++;
            }
            if (nextCompound < compounds.size() && compounds.get(nextCompound).nameStart() <= start) {
                // The name inside a compound (中山 of 中山路) is not a word of the text: the compound is, and the
                // words of its body and head are, as HanLP cut them.
                CompoundWords.Compound compound = compounds.get(nextCompound);
                if (compound.nameStart() == start) {
                    refused.add(new WordSpans.Refusal(compound.nameStart(), compound.nameEnd(), false));
                    words.add(new WordSpans.Word(normalizedText.substring(compound.start(), compound.end()),
                            compound.start(), compound.end(), false));
                }
                continue;
            }
            if (straddlesWordEdge(terms, i)) {
                refused.add(new WordSpans.Refusal(start, end, false));
                String recut = recutBeforeEdge(terms, i);
                if (recut != null) {
                    words.add(new WordSpans.Word(recut, start, start + recut.length(), false));
                }
                continue;
            }
            if (fragments.get(i)) {
                refused.add(new WordSpans.Refusal(start, end, false));
                continue;
            }
            String bound = boundCompound(terms, i);
            if (bound != null) {
                refused.add(new WordSpans.Refusal(start, end, true));
                words.add(new WordSpans.Word(bound, start, start + bound.length(), true));
                continue;
            }
            words.add(new WordSpans.Word(term.word, start, end, false));
            String nature = String.valueOf(term.nature);
            if (term.word.length() >= 3 && nature.startsWith("nt") && hasOrganisationForm(term.word)) {
                int from = 0;
                for (String part : parts(term.word)) {
                    int at = term.word.indexOf(part, from);
                    if (at < 0) {
                        continue;
                    }
                    from = at + part.length();
                    if (part.length() >= 2 && !unrelatedEntities(term.word, part)) {
                        words.add(new WordSpans.Word(part, start + at, start + at + part.length(), false));
                    }
                }
            } else if (term.word.length() >= 3 && nature.startsWith("ns")
                    && ADMINISTRATIVE_SUFFIXES.indexOf(term.word.charAt(term.word.length() - 1)) >= 0) {
                String stem = administrativeStem(term.word);
                if (stem != null && !unrelatedEntities(term.word, stem)) {
                    words.add(new WordSpans.Word(stem, start, start + stem.length(), false));
                }
            }
        }
        return new WordSpans(words, refused, compounds, runs, LISTS);
    }

    /** What {@link WordSpans} asks of the dictionary: the word test of this class, and whole listings. */
    private static final WordSpans.Dictionary LISTS = new WordSpans.Dictionary() {
        @Override
        public boolean isWord(String text) {
            return isDictionaryWord(text);
        }

        @Override
        public boolean listsWhole(String text) {
            if (CoreDictionary.contains(text)) {
                return true;
            }
            Gazetteer gazetteer = Segmenter.registeredGazetteer();
            if (gazetteer != null && gazetteer.lookup(text).isPresent()) {
                return true;
            }
            // HanLP's bundled custom dictionary names foods, institutions and things (意大利面/nf, 世贸中心/nis), but
            // its catch-all "other proper noun" entries include fragments (伊朗核/nz, of 伊朗核问题).
            CoreDictionary.Attribute attribute = CustomDictionary.get(text);
            if (attribute == null) {
                return false;
            }
            for (Nature nature : attribute.nature) {
                if (String.valueOf(nature).startsWith("nz")) {
                    return false;
                }
            }
            return true;
        }
    };

    /**
     * The place a name ending in an administrative suffix is a division of: its longest shorter beginning that is a
     * dictionary word (北京 of 北京市, 香港 of 香港特区, 新疆 of 新疆维吾尔自治区), or null.
     */
    private static String administrativeStem(String place) {
        for (int end = place.length() - 1; end >= 2; end--) {
            String stem = place.substring(0, end);
            if (isDictionaryWord(stem)) {
                return stem;
            }
        }
        return null;
    }

    /**
     * Whether the short word at {@code i} is cut across a word edge: its first character makes a dictionary word with
     * a lone character before it and its rest is a word or makes one with the next word (增|加州|政府 is 增加|州政府), or
     * the mirror at its end.
     */
    private static boolean straddlesWordEdge(List<Term> terms, int i) {
        String word = terms.get(i).word;
        if (word.length() < 2 || word.length() > 4 || !isHan(word)) {
            return false;
        }
        String before = i > 0 ? terms.get(i - 1).word : "";
        String after = i + 1 < terms.size() ? terms.get(i + 1).word : "";
        if (before.length() == 1 && isHan(before) && isDictionaryWord(before + word.charAt(0))) {
            String rest = word.substring(1);
            if ((rest.length() >= 2 && isDictionaryWord(rest)) || (isHan(after) && isDictionaryWord(rest + after))) {
                return true;
            }
        }
        // A belonging affix after the word keeps it whole (泰晤士河|畔, not 泰晤士|河畔).
        if (after.length() == 1 && isHan(after) && !AFFIXES.contains(after)
                && isDictionaryWord(word.charAt(word.length() - 1) + after)) {
            String rest = word.substring(0, word.length() - 1);
            return (rest.length() >= 2 && isDictionaryWord(rest)) || (isHan(before) && isDictionaryWord(before + rest));
        }
        return false;
    }

    /**
     * The names that are fragments of a longer transliterated name the dictionary lacks: in every maximal run of
     * adjacent terms made only of transliteration characters, each a name (2 characters or more, by its tag) or a lone
     * character that is not a function word, an adverb, a pronoun or a belonging affix, every name is refused when the
     * run holds more than it. The dictionary cuts an unknown name into the pieces it knows, so 莫迪亚诺 is 莫|迪亚|诺,
     * 莫迪里安尼 莫迪|里|安|尼, 布什内尔 布什|内尔, 伦敦德里 伦敦|德里, 阿曼多 阿曼|多: the listed piece looks like a word
     * but is not one there. A name boundary ends a run, because it is not a transliteration character: the middle dot
     * (吉米·卡特), a title (总统米莱), a conjunction (卢拉与米莱), a verb or adverb (米莱亦表示, 普京拉拢).
     */
    private BitSet fragmentsOfLongerNames(List<Term> terms, List<WordSpans.Run> runs) {
        BitSet fragments = new BitSet(terms.size());
        int i = 0;
        while (i < terms.size()) {
            if (!inTransliteratedRun(terms.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < terms.size() && inTransliteratedRun(terms.get(end))
                    && terms.get(end).offset == terms.get(end - 1).offset + terms.get(end - 1).word.length()) {
                end++;
            }
            int next = end;
            int first = i;
            // A lone character at either end of the run that is a word of its own (frequent in the core dictionary,
            // or taking an aspect particle) belongs to what is around the name: 日本|多|地, 纳坦雅胡|通|了.
            while (end - first >= 2 && isWordOfItsOwn(terms, end - 1)) {
                end--;
            }
            while (end - first >= 2 && isWordOfItsOwn(terms, first)) {
                first++;
            }
            int restStart = terms.get(first).offset + terms.get(first).word.length();
            if (end - first >= 2 && terms.get(end - 1).offset + terms.get(end - 1).word.length() - restStart >= 2
                    && namesThePlace(terms.get(first))) {
                // 阿根廷|罗萨里奥: the country or region the rest of the run lies in, written before it.
                first++;
            }
            int runStart = terms.get(first).offset;
            int runEnd = terms.get(end - 1).offset + terms.get(end - 1).word.length();
            if (runEnd - runStart >= 3 && !listedNamesOnly(terms.subList(first, end))
                    && (end - first >= 2 || !listedNameAndAWord(terms.get(first).word))) {
                runs.add(new WordSpans.Run(runStart, runEnd));
                if (end - first >= 2) {
                    for (int k = first; k < end; k++) {
                        if (isName(terms.get(k))) {
                            fragments.set(k);
                        }
                    }
                }
            }
            i = next;
        }
        return fragments;
    }

    /**
     * Whether the lone character at {@code k} is a word of its own rather than a piece of a name: frequent in the core
     * dictionary (at least {@value #NAME_PIECE_FREQUENCY}: 多, 本, 米), or a verb taking an aspect particle (通了).
     */
    private static boolean isWordOfItsOwn(List<Term> terms, int k) {
        Term term = terms.get(k);
        if (term.word.length() != 1) {
            return false;
        }
        if (frequent(term.word)) {
            return true;
        }
        String after = k + 1 < terms.size() ? String.valueOf(terms.get(k + 1).nature) : "";
        return after.startsWith("ule") || after.startsWith("uguo") || after.startsWith("uzhe");
    }

    /**
     * Whether one dictionary term is a listed name and one character that is a word of its own (HanLP lists 特朗普本,
     * of 特朗普|本周): not a longer name holding the listed one.
     */
    private static boolean listedNameAndAWord(String word) {
        Gazetteer gazetteer = Segmenter.registeredGazetteer();
        if (gazetteer == null || word.length() < 3) {
            return false;
        }
        String head = word.substring(0, word.length() - 1);
        String tail = word.substring(1);
        return gazetteer.lookup(head).isPresent() && frequent(word.substring(word.length() - 1))
                || gazetteer.lookup(tail).isPresent() && frequent(word.substring(0, 1));
    }

    private static boolean frequent(String character) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(character);
        return attribute != null && attribute.totalFrequency >= NAME_PIECE_FREQUENCY;
    }

    /**
     * Whether every term of a run is a name the gazetteer or knowledge base lists: names side by side (伊朗德黑兰,
     * 俄罗斯莫斯科, a country before its capital), not pieces of one name; a single listed name is its own word.
     */
    private static boolean listedNamesOnly(List<Term> run) {
        Gazetteer gazetteer = Segmenter.registeredGazetteer();
        for (Term term : run) {
            if (term.word.length() < 2 || gazetteer == null || gazetteer.lookup(term.word).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a run's first term is a listed place of three characters or more (a country or a region): before two
     * or more transliterated characters it names where the place after it lies (阿根廷罗萨里奥), as news writes it. Shorter
     * places are the ones found as pieces of longer names (古巴 of 古巴什维利, 波兰 of 波兰斯基, 巴林 of 巴林顿).
     */
    private static boolean namesThePlace(Term term) {
        Gazetteer gazetteer = Segmenter.registeredGazetteer();
        return term.word.length() >= 3 && gazetteer != null && gazetteer.lookup(term.word)
                .filter(entity -> entity.type() == EntityType.LOCATION).isPresent();
    }

    /** A term a transliterated name may be cut into: see {@link #fragmentsOfLongerNames}. */
    private boolean inTransliteratedRun(Term term) {
        if (!isHan(term.word) || !transliteration.transliterationChars(term.word)) {
            return false;
        }
        if (term.word.length() > 1) {
            return isName(term);
        }
        String nature = String.valueOf(term.nature);
        if (nature.startsWith("d")) {
            return !frequent(term.word);
        }
        return !isFunctionWord(term) && !nature.startsWith("r") && !AFFIXES.contains(term.word);
    }

    /**
     * The word before the edge a short word was cut across at its end, when it is a dictionary word of two or more
     * characters: 巴黎市|长 is 巴黎|市长, and 巴黎 is a word there. Null otherwise (增|加州|政府 leaves only 州).
     */
    private static String recutBeforeEdge(List<Term> terms, int i) {
        String word = terms.get(i).word;
        String after = i + 1 < terms.size() ? terms.get(i + 1).word : "";
        if (after.length() != 1 || !isHan(after) || AFFIXES.contains(after)
                || !isDictionaryWord(word.charAt(word.length() - 1) + after)) {
            return null;
        }
        String rest = word.substring(0, word.length() - 1);
        return rest.length() >= 2 && isDictionaryWord(rest) ? rest : null;
    }

    /**
     * The longer word a name at {@code i} heads when a lone rare character follows it (荷兰|豆 is 荷兰豆, 索马里|兰 is
     * 索马里兰), or null: the name is a word there. A belonging affix keeps the name (英国|籍).
     */
    private static String boundCompound(List<Term> terms, int i) {
        Term term = terms.get(i);
        if (i + 1 >= terms.size() || !isName(term)) {
            return null;
        }
        String next = terms.get(i + 1).word;
        if (next.length() != 1 || !isHan(next) || AFFIXES.contains(next) || isFunctionWord(terms.get(i + 1))) {
            return null;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(next);
        int frequency = attribute == null ? 0 : attribute.totalFrequency;
        return frequency < RARE_CHARACTER_FREQUENCY ? term.word + next : null;
    }

    /**
     * A numeral, particle, conjunction or preposition by the segmenter's tag: a word of its own however rarely the core
     * dictionary lists the character (两 of 力拓|两|大 is missing from it), never the end of a longer word.
     */
    private static boolean isFunctionWord(Term term) {
        String nature = String.valueOf(term.nature);
        return nature.startsWith("m") || nature.startsWith("u") || nature.startsWith("c") || nature.startsWith("p");
    }

    /**
     * A place, organisation, person or other proper name by its tag (the gazetteer's names are registered with theirs).
     * Not membership of the custom dictionary: HanLP's own custom dictionary holds common words too (芯片 in 芯片业者).
     */
    private static boolean isName(Term term) {
        String nature = String.valueOf(term.nature);
        return term.word.length() >= 2 && isHan(term.word) && (nature.startsWith("ns") || nature.startsWith("nt")
                || nature.startsWith("nr") || nature.startsWith("nz"));
    }

    /**
     * Whether the knowledge base knows the whole and its part as two entities whose English names say they are two
     * names written alike: no word in common, but a word of each spelt nearly alike (哥伦比亚大学 is Columbia
     * University, 哥伦比亚 is Colombia). Names that merely share nothing are kept related: 英国央行 (Bank of England) is
     * about 英国 (United Kingdom) though no word says so.
     */
    private static boolean unrelatedEntities(String whole, String part) {
        Gazetteer gazetteer = Segmenter.registeredGazetteer();
        if (gazetteer == null) {
            return false;
        }
        Optional<CanonicalEntity> wholeEntity = gazetteer.lookup(whole);
        Optional<CanonicalEntity> partEntity = gazetteer.lookup(part);
        if (wholeEntity.isEmpty() || partEntity.isEmpty() || wholeEntity.get().id().equals(partEntity.get().id())) {
            return false;
        }
        Set<String> wholeWords = nameWords(wholeEntity.get().name());
        Set<String> partWords = nameWords(partEntity.get().name());
        if (partWords.stream().anyMatch(wholeWords::contains)) {
            return false;
        }
        return partWords.stream().anyMatch(p -> wholeWords.stream().anyMatch(w -> spelledAlike(p, w)));
    }

    /** Two words of at least five letters at most two edits apart: one name transliterated two ways. */
    private static boolean spelledAlike(String a, String b) {
        if (a.length() < 5 || b.length() < 5 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= 2;
    }

    private static Set<String> nameWords(String englishName) {
        return Arrays.stream(englishName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty() && !NAME_STOPWORDS.contains(w)).collect(Collectors.toSet());
    }

    private static boolean isDictionaryWord(String word) {
        return word.length() >= 2 && (CoreDictionary.contains(word) || CustomDictionary.contains(word));
    }

    private static boolean isHan(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * Whether a name the dictionary tags as an organisation is built like one: it ends in a word or ending that closes
     * organisation names (美国商务部, 小米集团). The knowledge base also tags things as organisations (瑞士军刀, Swiss
     * Army knife): their first part names nothing the text is about, and giving it would let 瑞士 find the knife.
     */
    private static boolean hasOrganisationForm(String name) {
        String suffix = OrganisationSuffixes.defaults().longestOf(name);
        return suffix != null && suffix.length() < name.length();
    }

    /**
     * The parts of an organisation name: its segmentation by the core dictionary alone or, when that dictionary holds
     * the whole name (中共中央), its longest shorter prefix that is a word and the segmentation of the rest.
     */
    private static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        List<Term> terms = segment(name, false);
        if (terms.size() > 1) {
            terms.stream().filter(DictionaryWords::isWord).forEach(term -> parts.add(term.word));
            return parts;
        }
        for (int end = name.length() - 1; end >= 2; end--) {
            String prefix = name.substring(0, end);
            if (CoreDictionary.contains(prefix) || CustomDictionary.contains(prefix)) {
                parts.add(prefix);
                segment(name.substring(end), false).stream().filter(DictionaryWords::isWord)
                        .forEach(term -> parts.add(term.word));
                break;
            }
        }
        return parts;
    }

    /** The words a query term is segmented into, in order, without punctuation or spaces. */
    public List<String> split(String normalizedTerm) {
        List<String> words = new ArrayList<>();
        if (normalizedTerm == null || normalizedTerm.isBlank()) {
            return words;
        }
        for (Term term : segment(normalizedTerm, true)) {
            if (isWord(term)) {
                words.add(term.word);
            }
        }
        return words;
    }

    /**
     * Long texts in pieces, as {@link Segmenter} cuts them, so one call never builds a lattice over a whole book; each
     * term's offset is in the whole text.
     */
    private static List<Term> segment(String text, boolean customDictionary) {
        if (text.length() <= Segmenter.WHOLE_TEXT_CHARS) {
            return newSegment(customDictionary).seg(text);
        }
        List<Term> terms = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Segmenter.pieceEnd(text, start);
            for (Term term : newSegment(customDictionary).seg(text.substring(start, end))) {
                term.offset += start;
                terms.add(term);
            }
            start = end;
        }
        return terms;
    }

    private static Segment newSegment(boolean customDictionary) {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableCustomDictionary(customDictionary);
    }

    /** Not punctuation (HanLP tags it w) nor blank. */
    private static boolean isWord(Term term) {
        return !term.word.isBlank() && !String.valueOf(term.nature).startsWith("w");
    }
}
