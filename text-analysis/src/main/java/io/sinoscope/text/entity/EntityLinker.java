package io.sinoscope.text.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.Deadline;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Region;
import io.sinoscope.text.Token;
import io.sinoscope.text.resource.AnalyzerData;
import io.sinoscope.text.segment.CompoundWords;
import io.sinoscope.text.segment.DictionaryWords;
import io.sinoscope.text.segment.OrganisationSuffixes;
import io.sinoscope.text.segment.WordSpans;
import io.sinoscope.textrules.HanCharacters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Turns gazetteer matches and the segmenter's name tags into entities with mentions in the
 * ORIGINAL text, each with a confidence in [0, 1].
 *
 * <p>Passes, in order:
 * <ol>
 * <li>Gazetteer aliases (longest match); an alias listed in {@value #REGION_DEFAULTS} for the
 * text's region names that region's entity instead (外交部 in a Taiwan article). A Han alias of two characters must start where a word
 * starts when tokens are given, so 海地 is not found in 沿海地区 nor 加纳 in 增加纳税.</li>
 * <li>Document-local short forms: once a person is mentioned by a full name with a middle dot
 * (帕姆·邦迪, 约翰·史密斯), the last part of it (邦迪, 史密斯) links to the same entity for the rest of
 * the text, even when that short form is too ambiguous to be in the gazetteer; likewise the first
 * two characters of a four-character gazetteer name (高市早苗 … 高市, where 高市 alone may also be
 * Kaohsiung City). Runs before and after the recognised names, so a tagged fragment such as
 * 高市更 does not hide the short form.</li>
 * <li>A surname of a dotted gazetteer name that is not an alias itself (邦迪 of 帕姆·邦迪), right
 * after a role title (司法部长邦迪), links to that person with {@value #TITLED_SURNAME}.</li>
 * <li>Recognised names (nr* person, ns* place, nt* organisation) that nothing above covered: one
 * that equals an alias links to its entity with the gazetteer's type (a company tagged as a person
 * is an ORG); one that fails the {@link NameNoiseFilter} is dropped; the rest become unlinked
 * entities {@code unlinked:<type>:<normalized surface>}, so the same unknown name in a Taiwan and a
 * mainland article merges.</li>
 * </ol>
 *
 * <p>Confidence: full gazetteer alias {@value #FULL_ALIAS}; short alias (two Han characters or one
 * Latin word) {@value #SHORT_ALIAS}, raised to {@value #SHORT_AFTER_FULL} after a full mention of the
 * same entity; document-local short form {@value #LOCAL_SHORT_FORM}; recognised name equal to an alias
 * {@value #TAG_EQUALS_ALIAS}; unlinked name {@value #UNLINKED}. A role title right before a person
 * (国务卿鲁比奥, 发言人张志远) adds {@value #TITLE_BONUS}, capped at 0.99.
 */
public final class EntityLinker {

    static final double FULL_ALIAS = 0.9;
    static final double SHORT_ALIAS = 0.75;
    static final double SHORT_AFTER_FULL = 0.88;
    static final double LOCAL_SHORT_FORM = 0.8;
    static final double TAG_EQUALS_ALIAS = 0.7;
    static final double UNLINKED = 0.4;
    static final double TITLED_SURNAME = 0.7;
    static final double TITLE_BONUS = 0.08;
    /** An unlinked name with a transliteration key of three or more syllables: its id joins other spellings. */
    static final double KEYED_BONUS = 0.1;
    static final double KB_ALIAS = 0.85;
    /**
     * An unlisted spelling joined to a listed person or place by its phonetic key ({@link KeyedNames}) with context
     * support: a possible link, at or below {@link io.sinoscope.text.LinkedEntity#POSSIBLE_AT_MOST}.
     */
    static final double POSSIBLE = LinkedEntity.POSSIBLE_AT_MOST;
    /** A compound of a name and a head word (中山路, 日本海军): two pieces of evidence, the name and the head. */
    static final double COMPOUND = 0.6;
    /** A government body named by its function and its region's ending (屋宇署): the ending is the only evidence. */
    static final double FUNCTION_BODY = 0.5;
    static final double KB_GUARDED = 0.7;
    static final String TITLES = "entity-titles-v1.txt";
    static final String REGION_DEFAULTS = "entity-region-defaults-v1.tsv";
    static final String BLOCKERS = "alias-blockers-v1.txt";

    private final Gazetteer gazetteer;
    private final AliasMatcher matcher;
    private final NameNoiseFilter noise;
    private final List<String> titles;
    private final Map<String, CanonicalEntity> regionDefaults;
    private final Map<String, CanonicalEntity> titledSurnames;
    private final List<String> blockers;
    private final TransliterationTable transliteration;
    private final UnlinkedNameIds unlinkedIds;
    private final KeyedNames listedByKey;
    private final NameEdges edges;
    private final NameBoundaries boundaries;
    private final NameEvidence evidence;
    private final Map<String, List<String>> fullForms;
    private final OrganisationSpans organisations;
    private final OrganisationAbbreviations abbreviations;
    private final DictionaryWords dictionary;
    private final OrganisationSuffixes organisationSuffixes;
    private final GovernmentBodies governmentBodies;
    private final PlaceEndings placeEndings;
    private final PlaceFirms placeFirms;

    public EntityLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.matcher = new AliasMatcher(gazetteer);
        this.noise = NameNoiseFilter.fromResources();
        this.transliteration = TransliterationTable.fromResources();
        this.unlinkedIds = new UnlinkedNameIds(transliteration);
        this.listedByKey = new KeyedNames(gazetteer, transliteration);
        this.edges = NameEdges.fromResources();
        this.boundaries = new NameBoundaries(transliteration, edges);
        this.evidence = new NameEvidence(transliteration);
        this.organisationSuffixes = OrganisationSuffixes.defaults();
        this.organisations = new OrganisationSpans(organisationSuffixes, transliteration);
        this.abbreviations = new OrganisationAbbreviations(gazetteer);
        this.governmentBodies = GovernmentBodies.fromResources();
        this.placeEndings = PlaceEndings.fromResources(transliteration);
        this.placeFirms = PlaceFirms.fromResources(organisationSuffixes, edges);
        // Registers the gazetteer's names in HanLP's custom dictionary if no segmenter has yet, so the dictionary's
        // words hold them whether or not this linker runs inside a TextAnalyzer.
        this.dictionary = new DictionaryWords(gazetteer, transliteration);
        List<String> loaded = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(TITLES, 1)) {
            loaded.add(row[0]);
        }
        this.titles = List.copyOf(loaded);
        Map<String, CanonicalEntity> defaults = new HashMap<>();
        for (String[] row : AnalyzerData.readTsv(REGION_DEFAULTS, 3)) {
            Region.fromCode(row[0]);
            CanonicalEntity entity = gazetteer.byId(row[2]).orElseThrow(
                    () -> new IllegalStateException(REGION_DEFAULTS + ": unknown entity " + row[2]));
            defaults.put(row[0] + "\t" + row[1], entity);
        }
        this.regionDefaults = Map.copyOf(defaults);
        this.titledSurnames = titledSurnames(gazetteer);
        List<String> blocking = new ArrayList<>();
        for (String[] row : AnalyzerData.readTsv(BLOCKERS, 1)) {
            blocking.add(row[0]);
        }
        this.blockers = List.copyOf(blocking);
        this.fullForms = fullForms(gazetteer);
    }

    /**
     * The last part of every dotted person alias (帕姆·邦迪 → 邦迪) that is not an alias itself and
     * belongs to one person only (沃尔兹 is both Tim Walz and Mike Waltz, so it is left out). Such a
     * surname links on its own only right after a role title: 司法部长邦迪.
     */
    private static Map<String, CanonicalEntity> titledSurnames(Gazetteer gazetteer) {
        Map<String, CanonicalEntity> surnames = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (CanonicalEntity entity : gazetteer.entities()) {
            if (entity.type() != EntityType.PERSON) {
                continue;
            }
            for (String alias : entity.aliases()) {
                String simplified = Gazetteer.fold(HanLP.t2s(alias));
                int dot = simplified.lastIndexOf('·');
                if (dot <= 0 || !isHan(simplified)) {
                    continue;
                }
                String surname = simplified.substring(dot + 1);
                if (surname.codePointCount(0, surname.length()) < 2 || (gazetteer.lookup(surname).isPresent()
                        && !gazetteer.isGuarded(surname))) {
                    continue;
                }
                CanonicalEntity previous = surnames.putIfAbsent(surname, entity);
                if (previous != null && previous != entity) {
                    ambiguous.add(surname);
                }
            }
        }
        ambiguous.forEach(surnames::remove);
        return Map.copyOf(surnames);
    }

    /**
     * Whether the context supports reading an unlisted spelling as the listed entity its key names: the recogniser
     * gave it the entity's type, or a role title stands before it and the entity is a person. The article's region
     * alone is not enough across types: in a Taiwan article 布拉克 (Bullock, tagged a person) has the key of 布拉格
     * (Prague).
     */
    static boolean supportsListed(CanonicalEntity entity, EntityType tagged, boolean titledPerson) {
        return entity.type() == tagged || titledPerson && entity.type() == EntityType.PERSON;
    }

    /**
     * Whether the linker can only have linked these mentions of a listed entity (their surfaces, mainland Simplified)
     * by phonetic key, as a possible link: none is a listed name of the entity, and each one's key names it. For code
     * that reads stored mentions without their confidence.
     */
    public boolean possibleLink(String entityId, List<String> normalizedSurfaces) {
        if (LinkedEntity.isUnlinked(entityId) || normalizedSurfaces.isEmpty() || gazetteer.byId(entityId).isEmpty()) {
            return false;
        }
        for (String surface : normalizedSurfaces) {
            String term = surface.strip();
            boolean listedName = gazetteer.lookup(term).filter(e -> e.id().equals(entityId)).isPresent();
            boolean byKey = unlinkedIds.wholeKey(term).flatMap(listedByKey::entity)
                    .filter(e -> e.id().equals(entityId)).isPresent();
            if (listedName || !byKey) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every id a name written {@code normalized} (mainland Simplified) would get by its phonetic key when linked: the
     * unlinked ids of each type ({@link UnlinkedNameIds#candidates}), so 拉瑪佛沙 gives the id 拉马福萨 got, and the
     * listed people and places it joins, so 明尼亞波利斯 gives the knowledge base's 明尼阿波利斯. What a search for
     * one spelling adds to find the articles of the others.
     */
    public List<String> idsByKey(String normalized) {
        List<String> ids = new ArrayList<>(unlinkedIds.candidates(normalized));
        if (unlinkedIds.keyed(normalized.strip(), EntityType.PERSON, true).isPresent()) {
            unlinkedIds.wholeKey(normalized.strip()).flatMap(listedByKey::entity)
                    .map(CanonicalEntity::id).filter(id -> !ids.contains(id)).ifPresent(ids::add);
        }
        return ids;
    }

    public List<LinkedEntity> link(NormalizedText text, List<Token> tokens) {
        return link(text, tokens, Deadline.NONE);
    }

    /** As {@link #link(NormalizedText, List)}, checking {@code deadline} at every alias match and name token. */
    public List<LinkedEntity> link(NormalizedText text, List<Token> tokens, Deadline deadline) {
        String normalized = text.normalized();
        Map<String, Group> groups = new LinkedHashMap<>();
        BitSet covered = new BitSet();
        BitSet wordStarts = new BitSet(normalized.length());
        BitSet wordEnds = new BitSet(normalized.length() + 1);
        Map<Integer, Token> tokenAt = new HashMap<>();
        for (Token token : tokens) {
            wordStarts.set(token.start());
            wordEnds.set(token.end());
            tokenAt.put(token.start(), token);
        }

        Supplier<WordSpans> words = dictionaryWords(normalized, tokens.isEmpty());

        // 1. Gazetteer aliases.
        Set<String> fullyMentioned = new HashSet<>();
        List<OrganisationSpans.Known> matched = new ArrayList<>();
        for (AliasMatcher.AliasMatch match : matcher.findAll(normalized, m -> !isRoleTitle(normalized, m)
                && !blocked(normalized, m)
                && supported(normalized, m, tokens.isEmpty(), wordStarts, wordEnds, tokenAt)
                && !insideLongerWord(normalized, m.start(), m.end(), words)
                && !insideCompound(m.start(), m.end(), words))) {
            deadline.check();
            String alias = normalized.substring(match.start(), match.end());
            String key = Gazetteer.fold(alias);
            boolean shortForm = isShortForm(alias);
            if (shortForm && isHan(alias) && !tokens.isEmpty() && !wordStarts.get(match.start())) {
                continue;
            }
            CanonicalEntity entity = regionDefaults.getOrDefault(text.region().code() + "\t" + alias,
                    match.entity());
            double confidence;
            if (gazetteer.fromKnowledgeBase(key)) {
                confidence = gazetteer.isGuarded(key) ? KB_GUARDED : KB_ALIAS;
            } else if (!shortForm) {
                confidence = FULL_ALIAS;
                fullyMentioned.add(entity.id());
            } else {
                confidence = fullyMentioned.contains(entity.id()) ? SHORT_AFTER_FULL : SHORT_ALIAS;
            }
            if (entity.type() == EntityType.PERSON && titled(normalized, match.start())) {
                confidence += TITLE_BONUS;
            }
            covered.set(match.start(), match.end());
            groupFor(groups, entity.id(), entity.name(), entity.type())
                    .add(text, match.start(), match.end(), confidence);
            matched.add(new OrganisationSpans.Known(match.start(), match.end(), entity.type()));
        }
        joinNestedOrganisations(groups, matched);
        List<Token> named = takeOrganisationSpans(normalized, tokens, groups, matched, covered);
        linkCompounds(text, named, groups, covered, words);
        extendPlacesByUnit(tokenAt, groups, covered);
        linkPlaceFirms(text, named, groups, covered);

        // 2. Recognised names not covered by the gazetteer; a short form of a dotted person name
        //    mentioned earlier joins that person.
        Map<String, LocalForm> forms = localForms(normalized, groups.values());
        linkLocalShortForms(text, forms, covered, wordStarts, tokens.isEmpty());
        BitSet titleEnds = new BitSet(normalized.length() + 1);
        for (Token token : named) {
            if (token.partOfSpeech().equals("nnt")) {
                titleEnds.set(token.end());
            }
        }
        IntPredicate titledAt = at -> titleEnds.get(at) || titled(normalized, at);
        BitSet placeEnds = new BitSet(normalized.length() + 1);
        for (Group group : groups.values()) {
            if (group.type == EntityType.LOCATION) {
                group.normalizedSpans.forEach(span -> placeEnds.set(span[1]));
            }
        }
        List<Group> keyedNames = new ArrayList<>();
        for (Token token : placeEndings.joined(boundaries.repair(normalized, named, covered, titledAt, placeEnds),
                covered)) {
            deadline.check();
            CanonicalEntity bySurname = titledSurnames.get(token.term());
            if (bySurname != null && !anySet(covered, token.start(), token.end())
                    && titled(normalized, token.start())) {
                covered.set(token.start(), token.end());
                groupFor(groups, bySurname.id(), bySurname.name(), bySurname.type())
                        .add(text, token.start(), token.end(), TITLED_SURNAME);
                continue;
            }
            Optional<EntityType> tagged = nameType(token.partOfSpeech());
            if (tagged.isEmpty() || anySet(covered, token.start(), token.end())) {
                continue;
            }
            String term = token.term();
            Optional<CanonicalEntity> known = term.codePointCount(0, term.length()) >= 2
                    ? gazetteer.lookup(term) : Optional.empty();
            String termKey = Gazetteer.fold(term);
            if (known.isPresent() && gazetteer.isGuarded(termKey)) {
                known = isCommonWord(termKey)
                        ? known.filter(entity -> namedInFull(normalized, entity))
                        : ofTaggedType(known.get(), tagged);
            }
            if (known.isPresent() && insideLongerWord(normalized, token.start(), token.end(), words)) {
                // A listed name the dictionary finds only inside a longer word (墨西哥 of 墨西哥湾): neither that
                // entity nor an unlinked one of the same spelling, which a search for the name would also match.
                continue;
            }
            if (known.isPresent()) {
                CanonicalEntity entity = known.get();
                covered.set(token.start(), token.end());
                groupFor(groups, entity.id(), entity.name(), entity.type())
                        .add(text, token.start(), token.end(), TAG_EQUALS_ALIAS);
                continue;
            }
            Optional<String> placeStem = placeEndings.stem(term);
            EntityType byForm = edges.typeBySuffix(term)
                    .or(() -> placeStem.map(stem -> EntityType.LOCATION))
                    .or(() -> CompoundWords.typeByHead(term)).orElse(tagged.get());
            if (byForm == EntityType.LOCATION) {
                // A listed place written with its administrative unit (马托格罗索州, 彭亨州) is that place.
                Optional<Listed> unit = placeEndings.administrativeStem(term).flatMap(this::listedPlace);
                if (unit.isPresent()) {
                    covered.set(token.start(), token.end());
                    CanonicalEntity entity = unit.get().entity();
                    groupFor(groups, entity.id(), entity.name(), entity.type())
                            .add(text, token.start(), token.end(), unit.get().byKey() ? POSSIBLE : TAG_EQUALS_ALIAS);
                    continue;
                }
            }
            LocalForm local = forms.get(term);
            if (byForm == EntityType.PERSON && local != null && token.start() >= local.after) {
                covered.set(token.start(), token.end());
                local.group.add(text, token.start(), token.end(),
                        LOCAL_SHORT_FORM + (titled(normalized, token.start()) ? TITLE_BONUS : 0));
                continue;
            }
            if (noise.isNoise(term, byForm, token.partOfSpeech()) || startsWithTraditionalYu(text, token.start())) {
                continue;
            }
            boolean titledPerson = byForm == EntityType.PERSON && titledAt.test(token.start());
            if (!evidence.supports(normalized, token.start(), token.end(), byForm, titledPerson)
                    && !(byForm == EntityType.LOCATION && placeStem.isPresent())) {
                continue;
            }
            EntityType type = byForm != EntityType.ORGANIZATION && !titledPerson && placeStem.isEmpty()
                    ? typeByContext(normalized, token, byForm) : byForm;
            Optional<String> keyed = unlinkedIds.keyed(term, type, titledPerson);
            double confidence = UNLINKED + (titledPerson ? TITLE_BONUS : 0)
                    + (keyed.isPresent() && UnlinkedNameIds.strongKey(keyed.get()) ? KEYED_BONUS : 0);
            covered.set(token.start(), token.end());
            Optional<CanonicalEntity> listed = keyed.isPresent()
                    ? unlinkedIds.wholeKey(term).flatMap(listedByKey::entity) : Optional.empty();
            if (listed.isPresent() && supportsListed(listed.get(), type, titledPerson)) {
                // Another spelling of a listed name: a possible link to its entity.
                CanonicalEntity entity = listed.get();
                groupFor(groups, entity.id(), entity.name(), entity.type()).add(text, token.start(), token.end(),
                        POSSIBLE);
                continue;
            }
            String id = keyed.orElseGet(() -> UnlinkedNameIds.bySurface(type, term));
            Group group = groupFor(groups, id, term, type);
            group.add(text, token.start(), token.end(), confidence);
            if (keyed.isPresent() && term.length() >= 3) {
                keyedNames.add(group);
            }
            if (type == EntityType.PERSON) {
                registerLocalForm(forms, group, normalized, token.start(), token.end());
            }
        }
        linkRepeatedNames(text, keyedNames, covered, wordStarts);
        linkAbbreviations(text, groups, named, covered);
        // After the abbreviations: 国贸署 after 经济部国际贸易署 is that agency's short form, not a body of its own.
        linkGovernmentBodies(text, named, groups, covered);

        // 3. Short forms of dotted person names mentioned earlier in this text, where not tagged.
        linkLocalShortForms(text, forms, covered, wordStarts, tokens.isEmpty());

        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(Group::firstStart));
        return ordered.stream().map(Group::toEntity).toList();
    }

    /** A listed entity for a name, and whether it was reached only by its phonetic key (a possible link). */
    private record Listed(CanonicalEntity entity, boolean byKey) {
    }

    /**
     * The listed place {@code stem} names: by one of its forms, or by the phonetic key of another spelling
     * ({@link KeyedNames}: 马托格罗索 written another region's way).
     */
    private Optional<Listed> listedPlace(String stem) {
        Optional<CanonicalEntity> listed = gazetteer.lookup(stem).filter(e -> e.type() == EntityType.LOCATION);
        if (listed.isPresent()) {
            return listed.map(entity -> new Listed(entity, false));
        }
        return unlinkedIds.wholeKey(stem).flatMap(listedByKey::entity)
                .filter(e -> e.type() == EntityType.LOCATION).map(entity -> new Listed(entity, true));
    }

    /**
     * The type the text around a recognised transliterated name gives it, over every occurrence of the name in the
     * text ({@link NameEdges}): a word only a firm or body takes after any occurrence (奥斯泰德|股价) makes it an
     * organisation (a firm's people and holdings do not: 马斯克|旗下 is a person's); a place HanLP guessed that speaks
     * right after (…|表示) and has no place word before it is a person. Otherwise the type stands.
     */
    private EntityType typeByContext(String normalized, Token token, EntityType type) {
        String term = token.term();
        if (!transliteration.shaped(term)) {
            return type;
        }
        for (int at = normalized.indexOf(term); at >= 0; at = normalized.indexOf(term, at + 1)) {
            if (edges.organisationAfter(normalized, at + term.length())) {
                return EntityType.ORGANIZATION;
            }
        }
        if (type == EntityType.LOCATION && edges.speakerAfter(normalized, token.end())
                && !edges.placeBefore(normalized, token.start())) {
            return EntityType.PERSON;
        }
        return type;
    }

    /**
     * A listed place followed by an administrative unit as a word of its own (马托格罗索|州, 彭亨|州) is that place: the
     * mention takes the unit in. Not after a name that ends in a unit already (加州|州长 has no unit word).
     */
    private void extendPlacesByUnit(Map<Integer, Token> tokenAt, Map<String, Group> groups, BitSet covered) {
        for (Group group : groups.values()) {
            if (group.type != EntityType.LOCATION || LinkedEntity.isUnlinked(group.id)) {
                continue;
            }
            // Index-based: replace() moves the mention to the end of the lists, so walk the original count only.
            int count = group.normalizedSpans.size();
            List<int[]> spans = List.copyOf(group.normalizedSpans);
            List<String> surfaces = List.copyOf(group.normalizedSurfaces);
            for (int i = 0; i < count; i++) {
                int[] span = spans.get(i);
                Token unit = tokenAt.get(span[1]);
                String surface = surfaces.get(i);
                if (unit != null && placeEndings.administrative(unit.term()) && !anySet(covered, unit.start(), unit.end())
                        && !placeEndings.administrative(surface.substring(surface.length() - 1))) {
                    group.replace(span[0], span[1], span[0], unit.end());
                    covered.set(unit.start(), unit.end());
                }
            }
        }
    }

    /**
     * Firms named by a place and their trade ({@link PlaceFirms}: 斯里兰卡航空, 肯尼亚电力公司 … 肯尼亚电力) take the
     * place's mention: the place is part of the firm's name there. A firm's short form joins the unlinked organisation
     * of its full name when the segmenter already found that (肯尼亚电力 after 肯尼亚电力公司), else every occurrence of
     * one firm in the text gets the id of the first.
     */
    private void linkPlaceFirms(NormalizedText text, List<Token> tokens, Map<String, Group> groups, BitSet covered) {
        String normalized = text.normalized();
        List<PlaceFirms.Place> places = new ArrayList<>();
        Map<Long, Group> placeGroups = new HashMap<>();
        for (Group group : groups.values()) {
            if (group.type == EntityType.LOCATION && !LinkedEntity.isUnlinked(group.id) && !group.compound) {
                for (int[] span : group.normalizedSpans) {
                    places.add(new PlaceFirms.Place(span[0], span[1]));
                    placeGroups.put(spanKey(span[0], span[1]), group);
                }
            }
        }
        if (places.isEmpty()) {
            return;
        }
        places.sort(Comparator.comparingInt(PlaceFirms.Place::start));
        Map<String, Group> byKey = new HashMap<>();
        for (PlaceFirms.Firm firm : placeFirms.find(normalized, tokens, places, covered)) {
            Group place = placeGroups.get(spanKey(firm.start(), firm.placeEnd()));
            place.remove(firm.start(), firm.placeEnd());
            if (place.mentions.isEmpty()) {
                groups.remove(place.id);
            }
            String key = firm.key(normalized);
            Group firmGroup = byKey.computeIfAbsent(key, k -> {
                String full = placeFirms.fullName(normalized, tokens, firm).map(Token::term)
                        .orElse(normalized.substring(firm.start(), firm.end()));
                return groupFor(groups, UnlinkedNameIds.bySurface(EntityType.ORGANIZATION, full), full,
                        EntityType.ORGANIZATION);
            });
            covered.set(firm.start(), firm.end());
            firmGroup.add(text, firm.start(), firm.end(), UNLINKED + TITLE_BONUS);
        }
    }

    /**
     * Abbreviations of an unlinked organisation named in full earlier in the text ({@link OrganisationAbbreviations})
     * join its entity: 南亚科 after 南亚科技股份有限公司, 国贸署 after 经济部国际贸易署. An abbreviation may take the
     * place of an unlinked name or a knowledge-base match of its span (汇川 of 汇川技术 is not the district 汇川区 there).
     */
    private void linkAbbreviations(NormalizedText text, Map<String, Group> groups, List<Token> tokens, BitSet covered) {
        String normalized = text.normalized();
        List<Group> organisations = new ArrayList<>();
        for (Group group : groups.values()) {
            if (group.type == EntityType.ORGANIZATION && LinkedEntity.isUnlinked(group.id) && !group.compound
                    && group.normalizedSurfaces.get(0).length() >= 4) {
                organisations.add(group);
            }
        }
        if (organisations.isEmpty()) {
            return;
        }
        Map<Integer, MentionRef> mentionAt = new HashMap<>();
        for (Group group : groups.values()) {
            for (int[] span : group.normalizedSpans) {
                mentionAt.put(span[0], new MentionRef(group, span[0], span[1]));
            }
        }
        for (Group group : organisations) {
            if (group.mentions.isEmpty()) {
                continue; // taken as an abbreviation of another organisation
            }
            String full = group.normalizedSurfaces.get(0);
            int after = group.normalizedSpans.get(0)[1];
            OrganisationAbbreviations.SpanTest free = (start, end) -> replaceable(mentionAt, group, covered, start, end);
            for (OrganisationAbbreviations.Run run : abbreviations.find(normalized, full, after, tokens, free)) {
                for (int at = run.start(); at < run.end(); at++) {
                    MentionRef replaced = mentionAt.remove(at);
                    if (replaced != null) {
                        replaced.group().remove(replaced.start(), replaced.end());
                        if (replaced.group().mentions.isEmpty()) {
                            groups.remove(replaced.group().id);
                        }
                    }
                }
                covered.set(run.start(), run.end());
                group.add(text, run.start(), run.end(), group.mentions.get(0).confidence());
                mentionAt.put(run.start(), new MentionRef(group, run.start(), run.end()));
            }
        }
    }

    private record MentionRef(Group group, int start, int end) {
    }

    /**
     * Whether [start, end) is free for an abbreviation of {@code owner}: nothing covers it, or only whole mentions of
     * unlinked names and knowledge-base entities inside it.
     */
    private boolean replaceable(Map<Integer, MentionRef> mentionAt, Group owner, BitSet covered, int start, int end) {
        int at = covered.nextSetBit(start);
        while (at >= 0 && at < end) {
            MentionRef mention = mentionAt.get(at);
            if (mention == null || mention.end() > end || mention.group() == owner
                    || !(LinkedEntity.isUnlinked(mention.group().id) || gazetteer.fromKnowledgeBase(
                            Gazetteer.fold(mention.group().normalizedSurfaces.get(0))))) {
                return false;
            }
            at = covered.nextSetBit(mention.end());
        }
        return true;
    }

    /**
     * Two organisations written back to back, the second ending in an organisation suffix, are one: the second nested
     * in the first (美国商务部|工业与安全局 is the bureau, not the department and the bureau). The mention of the first
     * is dropped and the second's starts where the first did.
     */
    private void joinNestedOrganisations(Map<String, Group> groups, List<OrganisationSpans.Known> known) {
        Map<Long, Group> bySpan = null;
        for (int k = 0; k + 1 < known.size(); k++) {
            OrganisationSpans.Known outer = known.get(k);
            OrganisationSpans.Known inner = known.get(k + 1);
            if (outer.type() != EntityType.ORGANIZATION || inner.type() != EntityType.ORGANIZATION
                    || outer.end() != inner.start()) {
                continue;
            }
            if (bySpan == null) {
                bySpan = bySpan(groups);
            }
            Group outerGroup = bySpan.get(spanKey(outer.start(), outer.end()));
            Group innerGroup = bySpan.get(spanKey(inner.start(), inner.end()));
            if (outerGroup == null || innerGroup == null || outerGroup == innerGroup) {
                continue;
            }
            String innerSurface = innerGroup.surfaceAt(inner.start());
            if (innerSurface == null || NameNoiseFilter.organisationSuffix(innerSurface) == null) {
                continue;
            }
            outerGroup.remove(outer.start(), outer.end());
            innerGroup.extend(inner.start(), outer.start());
            bySpan.remove(spanKey(outer.start(), outer.end()));
            bySpan.remove(spanKey(inner.start(), inner.end()));
            bySpan.put(spanKey(outer.start(), inner.end()), innerGroup);
            if (outerGroup.mentions.isEmpty()) {
                groups.remove(outerGroup.id);
            }
            known.set(k + 1, new OrganisationSpans.Known(outer.start(), inner.end(), EntityType.ORGANIZATION));
            known.remove(k);
            k--;
        }
    }

    /**
     * Organisation spans ({@link OrganisationSpans}) replace the tokens they cover with one organisation token, and
     * take the gazetteer matches inside them (越南 of 越南钢铁协会 is part of the association's name, not a mention of
     * Vietnam).
     */
    private List<Token> takeOrganisationSpans(String normalized, List<Token> tokens, Map<String, Group> groups,
                                              List<OrganisationSpans.Known> known, BitSet covered) {
        List<OrganisationSpans.Span> spans = organisations.find(normalized, tokens, known);
        if (spans.isEmpty()) {
            return tokens;
        }
        Map<Long, Group> bySpan = bySpan(groups);
        Map<Integer, OrganisationSpans.Known> knownAt = new HashMap<>();
        for (OrganisationSpans.Known k : known) {
            knownAt.putIfAbsent(k.start(), k);
        }
        for (OrganisationSpans.Span span : spans) {
            for (int at = span.start(); at < span.end(); at++) {
                OrganisationSpans.Known k = knownAt.get(at);
                if (k == null || k.end() > span.end()) {
                    continue;
                }
                Group group = bySpan.get(spanKey(k.start(), k.end()));
                if (group != null) {
                    group.remove(k.start(), k.end());
                    if (group.mentions.isEmpty()) {
                        groups.remove(group.id);
                    }
                }
            }
            covered.clear(span.start(), span.end());
        }
        List<Token> out = new ArrayList<>(tokens.size());
        int s = 0;
        for (Token token : tokens) {
            while (s < spans.size() && spans.get(s).end() <= token.start()) {
                s++;
            }
            if (s < spans.size() && token.start() >= spans.get(s).start() && token.end() <= spans.get(s).end()) {
                OrganisationSpans.Span span = spans.get(s);
                if (token.start() == span.start() || out.isEmpty() || out.get(out.size() - 1).end() <= span.start()) {
                    out.add(new Token(normalized.substring(span.start(), span.end()), "nt", span.start(), span.end()));
                }
                continue;
            }
            out.add(token);
        }
        return out;
    }

    private static long spanKey(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** Every mention's normalized span, to its group. */
    private static Map<Long, Group> bySpan(Map<String, Group> groups) {
        Map<Long, Group> bySpan = new HashMap<>();
        for (Group group : groups.values()) {
            for (int[] span : group.normalizedSpans) {
                bySpan.put(spanKey(span[0], span[1]), group);
            }
        }
        return bySpan;
    }

    /**
     * Further occurrences of an unlinked transliterated name in the same text that the segmenter cut differently
     * (博斯蒂克 recognised after a title, then 博/斯/蒂/克 later): each occurrence starting a word and not followed by
     * another transliteration character joins the name's entity.
     */
    private void linkRepeatedNames(NormalizedText text, List<Group> names, BitSet covered, BitSet wordStarts) {
        String normalized = text.normalized();
        for (Group group : names) {
            int[] firstSpan = group.normalizedSpans.get(0);
            String surface = normalized.substring(firstSpan[0], firstSpan[1]);
            for (int at = normalized.indexOf(surface); at >= 0; at = normalized.indexOf(surface, at + 1)) {
                int end = at + surface.length();
                if (anySet(covered, at, end) || !wordStarts.get(at)
                        || end < normalized.length() && transliteration.extendable(normalized.substring(end, end + 1))) {
                    continue;
                }
                covered.set(at, end);
                group.add(text, at, end, group.mentions.get(0).confidence());
            }
        }
    }

    /**
     * The dictionary's words of the text ({@link DictionaryWords#spans}), segmented on first use: most texts need them
     * for a few names only, and a text analysed without tokens gets none.
     */
    private Supplier<WordSpans> dictionaryWords(String normalized, boolean noTokens) {
        WordSpans[] spans = new WordSpans[1];
        return () -> {
            if (spans[0] == null) {
                spans[0] = noTokens ? null : dictionary.spans(normalized);
            }
            return spans[0];
        };
    }

    /** Whether [start, end) lies inside a compound of a name and a head ({@link CompoundWords}): 中山 of 中山路. */
    private static boolean insideCompound(int start, int end, Supplier<WordSpans> words) {
        WordSpans spans = words.get();
        return spans != null && spans.compoundAround(start, end).isPresent();
    }

    /**
     * Each compound of a name and a head word ({@link CompoundWords}: 中山路, 日本海军, 深圳市政府) not already
     * covered becomes one unlinked entity of the head's type, keyed by its surface, so the same road or navy in another
     * article or script gets the same id; the name inside it was not linked (see {@link #insideCompound}). An
     * organisation the segmenter or {@link OrganisationSpans} found around the compound is longer and stays.
     */
    private void linkCompounds(NormalizedText text, List<Token> named, Map<String, Group> groups, BitSet covered,
                               Supplier<WordSpans> words) {
        WordSpans spans = words.get();
        if (spans == null) {
            return;
        }
        String normalized = text.normalized();
        for (CompoundWords.Compound compound : spans.compounds()) {
            if (anySet(covered, compound.start(), compound.end()) || insideLongerName(named, compound)) {
                continue;
            }
            String surface = normalized.substring(compound.start(), compound.end());
            covered.set(compound.start(), compound.end());
            Group group = groupFor(groups, UnlinkedNameIds.bySurface(compound.type(), surface), surface, compound.type());
            group.compound = true;
            group.add(text, compound.start(), compound.end(), COMPOUND);
        }
    }

    /** Each government body named by its function ({@link GovernmentBodies}: 屋宇署, 劳动部) not already covered. */
    private void linkGovernmentBodies(NormalizedText text, List<Token> named, Map<String, Group> groups,
                                      BitSet covered) {
        String normalized = text.normalized();
        for (GovernmentBodies.Body body : governmentBodies.find(normalized, named, text.region())) {
            if (anySet(covered, body.start(), body.end())) {
                continue;
            }
            String surface = normalized.substring(body.start(), body.end());
            covered.set(body.start(), body.end());
            Group group = groupFor(groups, UnlinkedNameIds.bySurface(EntityType.ORGANIZATION, surface), surface,
                    EntityType.ORGANIZATION);
            group.add(text, body.start(), body.end(), FUNCTION_BODY);
        }
    }

    /**
     * Whether the compound lies inside a longer organisation the segmenter found, or inside a longer recognised person
     * or place name of transliteration characters: 尔德海 "a sea" in 费尔德海|姆 is a piece of a cut name (Feldheim).
     */
    private boolean insideLongerName(List<Token> named, CompoundWords.Compound compound) {
        for (Token token : named) {
            if (token.start() <= compound.start() && compound.end() <= token.end()
                    && token.end() - token.start() > compound.end() - compound.start()
                    && (token.partOfSpeech().startsWith("nt") || nameType(token.partOfSpeech()).isPresent()
                    && transliteration.transliterationChars(token.term()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Han name at [start, end) lies inside a longer word of the text by the dictionary ({@link WordSpans}),
     * which holds HanLP's words and every gazetteer and knowledge-base name: 印度 in 印度洋, 荷兰 in 荷兰猪, 俄罗斯 in
     * 俄罗斯族, 湖南 across 洞庭湖|南岸. Search matches a name query on the same words ({@link DictionaryWords}), so a
     * name linked there would make the article match the name's entity where its words do not. A name that heads an
     * organisation (美国 of 美国商务部) or an administrative place (北京 of 北京市), or stands before a belonging affix
     * (英国籍), is a word there and stays; so does a name whose longer word adds an organisation suffix to it, after at
     * most one more word (洛克希德·马丁|公司, 香港|特区|政府): the organisation is the name's own.
     */
    private boolean insideLongerWord(String normalized, int start, int end, Supplier<WordSpans> words) {
        if (!isHan(normalized.substring(start, end))) {
            return false;
        }
        WordSpans spans = words.get();
        if (spans == null || !spans.insideLongerWord(start, end)) {
            return false;
        }
        Optional<WordSpans.Word> holder = spans.holder(start, end);
        if (holder.isEmpty() || holder.get().start() != start) {
            return true;
        }
        String rest = holder.get().text().substring(end - start);
        String suffix = organisationSuffixes.longestOf(rest);
        if (suffix == null) {
            return true;
        }
        String between = rest.substring(0, rest.length() - suffix.length());
        return !(between.isEmpty() || CoreDictionary.contains(between) || CustomDictionary.contains(between));
    }

    /**
     * Whether the text supports a knowledge-base match (curated aliases always are). Such a form must stand on word
     * edges at both ends, so 朝鲜 is not found in 朝鲜族; a guarded form (two characters and not a place's, also a
     * common word, a surname, or a name of several entities) links only where the segmenter recognised exactly that
     * span as a name of the entity's type, or a role title stands before a person, or, for a common word, where the
     * text also names the entity in full: 山水画 and 天长地久 stay words, 长江 tagged as a place links.
     */
    private boolean supported(String normalized, AliasMatcher.AliasMatch match, boolean noTokens, BitSet wordStarts,
                              BitSet wordEnds, Map<Integer, Token> tokenAt) {
        String key = Gazetteer.fold(normalized.substring(match.start(), match.end()));
        if (!gazetteer.fromKnowledgeBase(key)) {
            return true;
        }
        if (noTokens) {
            return !gazetteer.isGuarded(key);
        }
        if (!wordStarts.get(match.start()) || !wordEnds.get(match.end())) {
            return false;
        }
        if (!gazetteer.isGuarded(key)) {
            return true;
        }
        if (match.entity().type() == EntityType.PERSON && titled(normalized, match.start())) {
            return true;
        }
        if (isCommonWord(key)) {
            // HanLP tags 大众 as an organisation wherever it stands: only a full name of the same entity in the text
            // (大众汽车 … 大众) makes the common word a name.
            return namedInFull(normalized, match.entity());
        }
        Token token = tokenAt.get(match.start());
        if (token == null || token.end() != match.end()) {
            return false;
        }
        return ofTaggedType(match.entity(), nameType(token.partOfSpeech())).isPresent();
    }

    /**
     * The entity if the segmenter tagged its name with its type. Only the form's owner is tried: choosing another
     * entity of the name by the tag (达尔文 the city for a ns tag) went wrong where HanLP types a person as a place.
     */
    private static Optional<CanonicalEntity> ofTaggedType(CanonicalEntity owner, Optional<EntityType> tagged) {
        return tagged.filter(type -> type == owner.type()).map(type -> owner);
    }

    /** HanLP's core dictionary also has the form as an ordinary word (a part of speech other than a name's). */
    private static boolean isCommonWord(String form) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(form);
        if (attribute == null) {
            return false;
        }
        for (Nature nature : attribute.nature) {
            String tag = nature.toString();
            if (!(tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text names the entity by one of its aliases that is not guarded. */
    private boolean namedInFull(String normalized, CanonicalEntity entity) {
        for (String form : fullForms.getOrDefault(entity.id(), List.of())) {
            if (normalized.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** The unguarded folded alias forms of every entity that also has a guarded one: what {@link #namedInFull} seeks. */
    private static Map<String, List<String>> fullForms(Gazetteer gazetteer) {
        Set<String> guardedEntities = new HashSet<>();
        gazetteer.aliasForms().forEach((form, entity) -> {
            if (gazetteer.isGuarded(form)) {
                guardedEntities.add(entity.id());
            }
        });
        Map<String, List<String>> forms = new HashMap<>();
        gazetteer.aliasForms().forEach((form, entity) -> {
            if (guardedEntities.contains(entity.id()) && !gazetteer.isGuarded(form)) {
                forms.computeIfAbsent(entity.id(), id -> new ArrayList<>()).add(form);
            }
        });
        return Map.copyOf(forms);
    }

    private Map<String, LocalForm> localForms(String normalized, Iterable<Group> groups) {
        Map<String, LocalForm> forms = new LinkedHashMap<>();
        for (Group group : groups) {
            if (group.type == EntityType.PERSON) {
                for (int[] span : group.normalizedSpans) {
                    registerLocalForm(forms, group, normalized, span[0], span[1]);
                }
            }
        }
        return forms;
    }

    /** Registers the part after the last middle dot of a person mention, unless it names someone else. */
    private void registerLocalForm(Map<String, LocalForm> forms, Group group, String normalized, int start, int end) {
        String surface = normalized.substring(start, end);
        int dot = surface.lastIndexOf('·');
        String last;
        if (dot > 0 && dot < surface.length() - 2) {
            last = surface.substring(dot + 1);
        } else if (dot < 0 && gazetteer.isCurated(group.id) && surface.length() == 4
                && surface.codePoints().allMatch(HanCharacters::isHan)) {
            // Japanese names are written family name first: 高市早苗 … 高市, 植田和男 … 植田.
            last = surface.substring(0, 2);
        } else {
            return;
        }
        Optional<CanonicalEntity> elsewhere = gazetteer.lookup(last);
        // A guarded knowledge-base form (邦迪 is also a brand) does not stop the person's own short form.
        if (elsewhere.isPresent() && !elsewhere.get().id().equals(group.id) && !gazetteer.isGuarded(Gazetteer.fold(last))) {
            return;
        }
        forms.merge(last, new LocalForm(group, end), LocalForm::earlier);
    }

    private void linkLocalShortForms(NormalizedText text, Map<String, LocalForm> forms, BitSet covered,
                                     BitSet wordStarts, boolean noTokens) {
        String normalized = text.normalized();
        for (Map.Entry<String, LocalForm> form : forms.entrySet()) {
            String shortForm = form.getKey();
            int from = form.getValue().after;
            for (int at = normalized.indexOf(shortForm, from); at >= 0; at = normalized.indexOf(shortForm, at + 1)) {
                int end = at + shortForm.length();
                if (anySet(covered, at, end) || !(noTokens || wordStarts.get(at))) {
                    continue;
                }
                covered.set(at, end);
                double confidence = LOCAL_SHORT_FORM + (titled(normalized, at) ? TITLE_BONUS : 0);
                form.getValue().group.add(text, at, end, confidence);
            }
        }
    }

    /** Whether any bit of [from, to) is set, without copying the range into a new BitSet as {@code get(from, to)} does. */
    static boolean anySet(BitSet bits, int from, int to) {
        int next = bits.nextSetBit(from);
        return next >= 0 && next < to;
    }

    private record LocalForm(Group group, int after) {
        LocalForm earlier(LocalForm other) {
            return other.after < after ? other : this;
        }
    }

    /** The match begins one of the {@value #BLOCKERS} words, which is longer than it. */
    private boolean blocked(String normalized, AliasMatcher.AliasMatch match) {
        for (String blocker : blockers) {
            if (blocker.length() > match.end() - match.start() && normalized.startsWith(blocker, match.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 於 (the Traditional preposition) converts to 于, which is also a surname; a name whose original
     * text starts with 於 is the preposition glued to the next word (於卡拉 from 於卡拉奇).
     */
    private static boolean startsWithTraditionalYu(NormalizedText text, int normalizedStart) {
        int original = text.offsets().toOriginal(normalizedStart);
        return original < text.original().length() && text.original().charAt(original) == '於';
    }

    /**
     * A ministry or agency written as part of a role title (商务部长, 美国司法部长, 海关总署署长): the
     * text names a person's office, and which country's ministry is meant depends on that person,
     * so the match is not taken and a shorter alias inside it (美国) may be.
     */
    static boolean isRoleTitle(String normalized, AliasMatcher.AliasMatch match) {
        if (match.entity().type() != EntityType.ORGANIZATION || match.end() >= normalized.length()) {
            return false;
        }
        char last = normalized.charAt(match.end() - 1);
        char next = normalized.charAt(match.end());
        return (last == '部' || last == '局' || last == '署') && (next == '长' || normalized.startsWith("署长", match.end())
                || normalized.startsWith("局长", match.end()));
    }

    /** A role title ends right before {@code start}: 国务卿|鲁比奥, 美国副总统|万斯. */
    boolean titled(String normalized, int start) {
        for (String title : titles) {
            if (normalized.startsWith(title, start - title.length()) && start - title.length() >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Two Han characters (特朗普 is full, 王毅 and 川普 are short) or a single Latin word. */
    static boolean isShortForm(String alias) {
        if (alias.indexOf('·') >= 0) {
            return false;
        }
        if (isHan(alias)) {
            return alias.codePointCount(0, alias.length()) <= 2;
        }
        return alias.strip().indexOf(' ') < 0;
    }

    private static boolean isHan(String text) {
        // A loop, not codePoints().anyMatch(): this runs for every alias match.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (HanCharacters.isHan(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    public static Optional<EntityType> nameType(String partOfSpeech) {
        if (partOfSpeech.startsWith("nr")) {
            return Optional.of(EntityType.PERSON);
        }
        if (partOfSpeech.startsWith("ns")) {
            return Optional.of(EntityType.LOCATION);
        }
        if (partOfSpeech.startsWith("nt")) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.empty();
    }

    private static Group groupFor(Map<String, Group> groups, String id, String name, EntityType type) {
        return groups.computeIfAbsent(id, key -> new Group(id, name, type));
    }

    private static final class Group {
        private final String id;
        private final String name;
        private final EntityType type;
        private final List<Mention> mentions = new ArrayList<>();
        private final List<int[]> normalizedSpans = new ArrayList<>();
        /** The normalized surface of each mention, in the order of {@link #normalizedSpans}. */
        private final List<String> normalizedSurfaces = new ArrayList<>();
        /** The text the mentions were added from (one analysis links one text). */
        private NormalizedText text;
        /**
         * A compound of a name and a head (深圳市政府): not a full name whose abbreviations are sought, since its
         * obvious "abbreviation" is the place's own name (深圳), a mention of the place.
         */
        private boolean compound;
        /** Kept as mentions are added: the entities are sorted by it, and a stream per comparison cost time. */
        private int firstStart = Integer.MAX_VALUE;

        Group(String id, String name, EntityType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        void add(NormalizedText text, int normalizedStart, int normalizedEnd, double confidence) {
            OffsetMap offsets = text.offsets();
            int start = offsets.toOriginal(normalizedStart);
            int end = offsets.toOriginalEnd(normalizedEnd);
            double bounded = Math.round(Math.max(0.0, Math.min(0.99, confidence)) * 100) / 100.0;
            mentions.add(new Mention(text.original().substring(start, end), start, end, bounded));
            firstStart = Math.min(firstStart, start);
            normalizedSpans.add(new int[] {normalizedStart, normalizedEnd});
            normalizedSurfaces.add(text.normalized().substring(normalizedStart, normalizedEnd));
            this.text = text;
        }

        int firstStart() {
            return firstStart;
        }

        /** The original surface of the mention starting at this normalized offset, or null. */
        String surfaceAt(int normalizedStart) {
            for (int i = 0; i < normalizedSpans.size(); i++) {
                if (normalizedSpans.get(i)[0] == normalizedStart) {
                    return normalizedSurfaces.get(i);
                }
            }
            return null;
        }

        /** Drops the mention at exactly this normalized span. */
        void remove(int normalizedStart, int normalizedEnd) {
            for (int i = 0; i < normalizedSpans.size(); i++) {
                int[] span = normalizedSpans.get(i);
                if (span[0] == normalizedStart && span[1] == normalizedEnd) {
                    normalizedSpans.remove(i);
                    normalizedSurfaces.remove(i);
                    mentions.remove(i);
                    firstStart = mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
                    return;
                }
            }
        }

        /** Replaces the mention of exactly [start, end) by one of [newStart, newEnd) with the same confidence. */
        void replace(int start, int end, int newStart, int newEnd) {
            for (int i = 0; i < normalizedSpans.size(); i++) {
                int[] span = normalizedSpans.get(i);
                if (span[0] == start && span[1] == end) {
                    Mention old = mentions.get(i);
                    normalizedSpans.remove(i);
                    normalizedSurfaces.remove(i);
                    mentions.remove(i);
                    add(text, newStart, newEnd, old.confidence());
                    return;
                }
            }
        }

        /** Moves the start of the mention starting at {@code normalizedStart} back to {@code newStart}. */
        void extend(int normalizedStart, int newStart) {
            for (int i = 0; i < normalizedSpans.size(); i++) {
                int[] span = normalizedSpans.get(i);
                if (span[0] == normalizedStart) {
                    Mention old = mentions.get(i);
                    int end = span[1];
                    normalizedSpans.remove(i);
                    normalizedSurfaces.remove(i);
                    mentions.remove(i);
                    add(text, newStart, end, old.confidence());
                    return;
                }
            }
        }

        LinkedEntity toEntity() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::start));
            return new LinkedEntity(id, name, type, sorted);
        }
    }
}
