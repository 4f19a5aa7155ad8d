package io.sinoscope.text.entity;

import io.sinoscope.text.Analysis;
import io.sinoscope.text.EntityType;
import io.sinoscope.text.LinkedEntity;
import io.sinoscope.text.Mention;
import java.util.ArrayList;
import java.util.List;

/** What an analysis linked at a span, for the dev-set scorers of this package. */
final class MentionProbe {

    private MentionProbe() {
    }

    /** The id of an entity with a mention of exactly [start, end) and, unless null, this type; else null. */
    static String idAt(Analysis analysis, int start, int end, EntityType type) {
        for (LinkedEntity entity : analysis.entities()) {
            if (type != null && entity.type() != type) {
                continue;
            }
            for (Mention m : entity.mentions()) {
                if (m.start() == start && m.end() == end) {
                    return entity.id();
                }
            }
        }
        return null;
    }

    /** The mentions within two characters of [start, end), as surface=id (with /TYPE when asked), for a miss line. */
    static String around(Analysis analysis, int start, int end, boolean withType) {
        List<String> near = new ArrayList<>();
        for (LinkedEntity entity : analysis.entities()) {
            for (Mention m : entity.mentions()) {
                if (m.start() < end + 2 && m.end() > start - 2) {
                    near.add(m.surface() + "=" + entity.id() + (withType ? "/" + entity.type() : ""));
                }
            }
        }
        return near.toString();
    }
}
