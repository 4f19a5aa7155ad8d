package io.sinoscope.text.entity;

import io.sinoscope.text.EntityType;
import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Repairs the spans of names before linking. HanLP cuts a transliterated name it does not know into pieces (拉/马福/萨,
 * 罗萨/里奥, 金/夏沙) or misses it as a row of one-character words (博/斯/蒂/克); it glues time words and particles to a
 * name (洛根今天, 的秘鲁). This class returns the token list with:
 * <ol>
 * <li>a name token made of transliteration characters merged with the neighbouring pieces that are transliteration
 * characters too (other name tokens, or short words of common transliteration characters; the middle dot), so the
 * name is one token;</li>
 * <li>a row of at least two short words of transliteration characters, not tagged as a name, made one name where the
 * text right before says what it is: a role title (总统, 主席 or a word HanLP tags as a title) makes it a person, a
 * word such as 首都 or 在 a place;</li>
 * <li>name tokens cut at a trailing time word or verb and a leading particle ({@link NameEdges}).</li>
 * </ol>
 * A repaired name's tag is {@code nrf} (a person) or {@code nsf} (a place); the type follows the title or place cue
 * before it, else HanLP's tag. Words covered by a gazetteer match are never taken into a name. Offsets stay those
 * of the normalized text.
 */
final class NameBoundaries {

    /** A repaired name longer than this is a run of ordinary words, not a name. */
    static final int MAX_CHARS = 12;
    /**
     * Parts of speech a piece of a name never has: prepositions, conjunctions, particles, pronouns, numerals, time,
     * localisers, punctuation, interjections. Measure words are allowed: HanLP reads the 克 of 博斯蒂克 as grams.
     */
    private static final String NEVER_PIECE = "pcurmtfwyeo";
    private static final String EVERYDAY_NUMERALS = "〇一二三四五六七八九十百千万亿两零几半";

    private final TransliterationTable table;
    private final NameEdges edges;

    NameBoundaries(TransliterationTable table, NameEdges edges) {
        this.table = table;
        this.edges = edges;
    }

    /**
     * @param titled whether a role title ends right before a normalized offset
     */
    /**
     * @param placeEnds normalized offsets where a gazetteer place ends (阿根廷|罗萨里奥: a name right after a country is a place)
     */
    List<Token> repair(String normalized, List<Token> given, BitSet covered, IntPredicate titled, BitSet placeEnds) {
        List<Token> tokens = unglued(given, covered);
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (isCovered(covered, token)) {
                out.add(token);
                i++;
                continue;
            }
            Optional<EntityType> tagged = EntityLinker.nameType(token.partOfSpeech());
            boolean anchor = tagged.isPresent() && tagged.get() != EntityType.ORGANIZATION && allTransliteration(token.term());
            // After a title or a place word, rarer transliteration characters (路, 汀, 哥) may be name pieces too.
            // Looked up only for a word of transliteration characters: most words are not, and the lookups cost.
            boolean cued = (anchor || table.transliterationChars(token.term())) && (titled.test(token.start())
                    || edges.placeBefore(normalized, token.start()) || placeEnds.get(token.start()));
            if (!anchor && !piece(token, cued)) {
                out.add(tagged.isPresent() ? trimmed(token) : token);
                i++;
                continue;
            }
            int last = i;
            int end = token.end();
            boolean anchored = anchor;
            boolean splitNext = false;
            while (last + 1 < tokens.size() && end - token.start() < MAX_CHARS) {
                Token next = tokens.get(last + 1);
                if (next.start() != end || isCovered(covered, next)) {
                    break;
                }
                if (piece(next, cued) || isAnchor(next)) {
                    anchored |= isAnchor(next);
                    last++;
                    end = next.end();
                } else {
                    // 美的 after 尼阿: the name's last character glued to the particle 的.
                    String term = next.term();
                    if (term.length() == 2 && term.endsWith("的") && table.transliterationChars(term.substring(0, 1))) {
                        end = next.start() + 1;
                        splitNext = true;
                    }
                    break;
                }
            }
            int start = token.start();
            int chars = end - start;
            boolean enough = anchored ? chars > token.end() - token.start() || anchor : last > i && chars >= 2;
            if (!enough || chars > MAX_CHARS) {
                out.add(anchor ? trimmed(token) : token);
                i++;
                continue;
            }
            String surface = normalized.substring(start, end);
            EntityType type = typeOf(normalized, start, anchored ? firstNameType(tokens, i, last) : null, titled, placeEnds);
            if (type == EntityType.PERSON && !titled.test(start) && last + 1 < tokens.size() && !splitNext
                    && organisationWord(tokens.get(last + 1))) {
                // 明尼亚波利斯|联准银行, 达拉斯|联储: a name right before an institution is where it sits.
                type = EntityType.LOCATION;
            }
            // Two characters after a title (署长|泽汀) are a name of rarer characters; otherwise the shape decides.
            boolean shapedEnough = table.shaped(surface) || cued && type == EntityType.PERSON && chars == 2
                    && table.transliterationChars(surface);
            if (type == null || !shapedEnough && !(anchored && last == i)) {
                out.add(anchor ? trimmed(token) : token);
                i++;
                continue;
            }
            if (last == i && end == token.end()) {
                out.add(trimmed(retagged(token, type)));
            } else {
                out.add(new Token(surface, type == EntityType.PERSON ? "nrf" : "nsf", start, end));
            }
            i = last + 1;
            if (splitNext) {
                // The rest of the word split above (的 of 美的) stays a word of its own.
                Token split = tokens.get(i);
                out.add(new Token(split.term().substring(1), "ude1", split.start() + 1, split.end()));
                i++;
            }
        }
        return out;
    }

    /**
     * The tokens with a particle split off the start of a name token that glued it to the first piece of a cut name
     * (向波|克|罗夫斯克: 向 "towards" and 波 of 波克罗夫斯克): the rest keeps the name's tag and can anchor the repair.
     * Only where the rest is a common transliteration character (or characters) and the next token continues the text.
     */
    private List<Token> unglued(List<Token> tokens, BitSet covered) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String term = token.term();
            int lead = EntityLinker.nameType(token.partOfSpeech()).isPresent() && !isCovered(covered, token)
                    ? edges.leadingParticle(term) : 0;
            String rest = term.substring(lead);
            boolean split = lead > 0 && table.extendable(rest) && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() == token.end() && table.transliterationChars(tokens.get(i + 1).term());
            if (split && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (split) {
                out.add(new Token(term.substring(0, lead), "p", token.start(), token.start() + lead));
                out.add(new Token(rest, token.partOfSpeech(), token.start() + lead, token.end()));
            } else if (out != null) {
                out.add(token);
            }
        }
        return out == null ? tokens : out;
    }

    /** An organisation word (nt), an institution (nis) or an abbreviation such as 联储 (j). */
    private static boolean organisationWord(Token token) {
        String tag = token.partOfSpeech();
        return tag.startsWith("nt") || tag.equals("nis") || tag.equals("j");
    }

    private boolean isAnchor(Token token) {
        Optional<EntityType> tagged = EntityLinker.nameType(token.partOfSpeech());
        return tagged.isPresent() && tagged.get() != EntityType.ORGANIZATION && allTransliteration(token.term());
    }

    /** A short word of transliteration characters that may be a cut-off piece of a name. */
    private boolean piece(Token token, boolean cued) {
        String term = token.term();
        if (term.equals("·")) {
            return true;
        }
        if (term.length() > 2 || token.partOfSpeech().isEmpty()
                || NEVER_PIECE.indexOf(token.partOfSpeech().charAt(0)) >= 0 && !numeralOnlyByTag(token)) {
            return false;
        }
        if (cued) {
            return table.transliterationChars(term);
        }
        return term.length() == 1 ? table.extendable(term) : table.transliterationChars(term);
    }

    /**
     * A single character HanLP tags as a numeral that is no everyday numeral: 伍 (the banker's 5) ends 恩德洛伍, 佰 and
     * 仟 are name characters too. Everyday numerals (三, 万) are not name pieces.
     */
    private static boolean numeralOnlyByTag(Token token) {
        return token.partOfSpeech().startsWith("m") && token.term().length() == 1
                && EVERYDAY_NUMERALS.indexOf(token.term().charAt(0)) < 0;
    }

    private boolean allTransliteration(String term) {
        return term.length() >= 1 && (term.length() == 1 ? table.extendable(term) : shapedPiece(term));
    }

    private boolean shapedPiece(String term) {
        return table.transliterationChars(term);
    }

    private static EntityType firstNameType(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            Optional<EntityType> type = EntityLinker.nameType(tokens.get(i).partOfSpeech());
            if (type.isPresent()) {
                return type.get();
            }
        }
        return null;
    }

    /** A title before makes a person, a place word before a place; otherwise HanLP's type, or none for an untagged row. */
    private EntityType typeOf(String normalized, int start, EntityType tagged, IntPredicate titled, BitSet placeEnds) {
        if (titled.test(start)) {
            return EntityType.PERSON;
        }
        if (edges.placeBefore(normalized, start) || placeEnds.get(start)) {
            return EntityType.LOCATION;
        }
        return tagged;
    }

    private Token trimmed(Token token) {
        String term = token.term();
        int lead = edges.leadingCut(term);
        if (lead > 0 && !table.shaped(term.substring(lead))) {
            lead = 0;
        }
        int trail = edges.trailingCut(term.substring(lead));
        if (lead == 0 && trail == 0) {
            return token;
        }
        return new Token(term.substring(lead, term.length() - trail), token.partOfSpeech(), token.start() + lead,
                token.end() - trail);
    }

    private static Token retagged(Token token, EntityType type) {
        Optional<EntityType> tagged = EntityLinker.nameType(token.partOfSpeech());
        if (tagged.isPresent() && tagged.get() == type) {
            return token;
        }
        return new Token(token.term(), type == EntityType.PERSON ? "nrf" : "nsf", token.start(), token.end());
    }

    private static boolean isCovered(BitSet covered, Token token) {
        int next = covered.nextSetBit(token.start());
        return next >= 0 && next < token.end();
    }
}
