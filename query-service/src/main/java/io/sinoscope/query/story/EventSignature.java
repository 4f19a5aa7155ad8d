package io.sinoscope.query.story;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What kind of event an article reports, read from the event cue table ({@link EventCues}) in its normalised title
 * and text, whatever region wrote it: 军演, 共軍軍演 and 東部戰區演習 are all a drill once folded.
 *
 * @param types       the event types its title names; when the title names none, the type its text names most (all
 *                    of them on a tie). Empty when it names none
 * @param places      the table's places it names anywhere (仁爱礁 and 仁愛暗沙 are one place)
 * @param titlePlaces the table's places its title names: the place the news is about
 * @param repeat      its title announces the next occurrence of something (再度, 第二度): a new event
 */
public record EventSignature(Set<String> types, Set<String> places, Set<String> titlePlaces, boolean repeat) {

    public static final EventSignature NONE = new EventSignature(Set.of(), Set.of(), Set.of(), false);

    public EventSignature {
        types = Set.copyOf(types);
        places = Set.copyOf(places);
        titlePlaces = Set.copyOf(titlePlaces);
    }

    /** An article's signature and the units and places it names, from one scan of its title and text. */
    record Reading(EventSignature signature, Map<String, String> units) {
    }

    static EventSignature of(String normalizedTitle, String normalizedText) {
        return read(normalizedTitle, normalizedText).signature();
    }

    /**
     * Reads the signature, and the table's units and places the article names, by the entity id they stand for, with
     * the form it used: what a region's own name for a force, a coast guard or a reef links to when the linker did
     * not tie it.
     */
    static Reading read(String normalizedTitle, String normalizedText) {
        EventCues cues = EventCues.get();
        List<EventCues.Found> inTitle = cues.find(normalizedTitle);
        List<EventCues.Found> inText = cues.find(normalizedText);
        Map<String, String> units = new LinkedHashMap<>();
        for (List<EventCues.Found> part : List.of(inTitle, inText)) {
            for (EventCues.Found found : part) {
                if (found.cue().kind() == EventCues.Kind.UNIT || found.cue().kind() == EventCues.Kind.PLACE) {
                    units.putIfAbsent(found.cue().key(), found.cue().form());
                }
            }
        }
        Set<String> types = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> titlePlaces = new LinkedHashSet<>();
        boolean repeat = false;
        for (EventCues.Found found : inTitle) {
            switch (found.cue().kind()) {
                case TYPE -> types.add(found.cue().key());
                case PLACE -> titlePlaces.add(found.cue().key());
                case REPEAT -> repeat = true;
                default -> { }
            }
        }
        Map<String, Integer> textTypes = new LinkedHashMap<>();
        for (EventCues.Found found : inText) {
            if (found.cue().kind() == EventCues.Kind.TYPE) {
                textTypes.merge(found.cue().key(), 1, Integer::sum);
            } else if (found.cue().kind() == EventCues.Kind.PLACE) {
                places.add(found.cue().key());
            }
        }
        if (types.isEmpty() && !textTypes.isEmpty()) {
            int most = textTypes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            textTypes.forEach((type, count) -> {
                if (count == most) {
                    types.add(type);
                }
            });
        }
        places.addAll(titlePlaces);
        return new Reading(new EventSignature(types, places, titlePlaces, repeat), units);
    }
}
