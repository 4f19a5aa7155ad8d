package io.sinoscope.query.search;

/** Analysts' overrides as a search sees them: which entity a name searches as. */
public interface EntityOverrides {

    /**
     * The entity a name searches as: the target of an alias analysts added (for the name or any of its forms), else
     * the survivor of the listed entity if it was merged, else the listed entity (null if none).
     */
    String entityNamed(String name, Iterable<String> forms, String listedId);
}
