package io.sinoscope.text.entity;

import io.sinoscope.text.CanonicalEntity;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.Gazetteer;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns gazetteer matches and the segmenter's name tags into entities with mentions in the
 * ORIGINAL text.
 *
 * <p>Gazetteer matches win: they are curated and cover every regional spelling. A name the
 * recogniser tagged (nr* person, ns* place, nt* organisation) that no gazetteer match overlaps is
 * still reported as {@code unlinked:<type>:<surface>}, so unknown names stay searchable. A tagged
 * name that equals an alias never reaches that path: the matcher searches the same text with the
 * same alias forms, so it has already linked and covered it. Single-character tags are ignored;
 * HanLP tags lone characters such as 美 far more often wrongly than rightly.
 */
public final class EntityLinker {

    private final AliasMatcher matcher;

    public EntityLinker(Gazetteer gazetteer) {
        this.matcher = new AliasMatcher(gazetteer);
    }

    public List<LinkedEntity> link(NormalizedText text, List<Token> tokens) {
        Map<String, Group> groups = new LinkedHashMap<>();
        BitSet covered = new BitSet();
        for (AliasMatcher.AliasMatch match : matcher.findAll(text.normalized())) {
            covered.set(match.start(), match.end());
            CanonicalEntity entity = match.entity();
            groupFor(groups, entity.id(), entity.name(), entity.type()).add(text, match.start(), match.end());
        }
        for (Token token : tokens) {
            Optional<EntityType> type = nameType(token.partOfSpeech());
            if (type.isEmpty() || token.term().codePointCount(0, token.term().length()) < 2
                    || covered.get(token.start(), token.end()).cardinality() > 0) {
                continue;
            }
            groupFor(groups, unlinkedId(type.get(), token.term()), token.term(), type.get())
                    .add(text, token.start(), token.end());
        }
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(Group::firstStart));
        return ordered.stream().map(Group::toEntity).toList();
    }

    static Optional<EntityType> nameType(String partOfSpeech) {
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

    private static String unlinkedId(EntityType type, String surface) {
        return "unlinked:" + type.name().toLowerCase(Locale.ROOT) + ":" + surface;
    }

    private static Group groupFor(Map<String, Group> groups, String id, String name, EntityType type) {
        return groups.computeIfAbsent(id, key -> new Group(id, name, type));
    }

    private static final class Group {
        private final String id;
        private final String name;
        private final EntityType type;
        private final List<Mention> mentions = new ArrayList<>();

        Group(String id, String name, EntityType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }

        void add(NormalizedText text, int normalizedStart, int normalizedEnd) {
            OffsetMap offsets = text.offsets();
            int start = offsets.toOriginal(normalizedStart);
            int end = offsets.toOriginalEnd(normalizedEnd);
            mentions.add(new Mention(text.original().substring(start, end), start, end));
        }

        int firstStart() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
        }

        LinkedEntity toEntity() {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::start));
            return new LinkedEntity(id, name, type, sorted);
        }
    }
}
