package io.sinoscope.text;

/** Chinese-language region whose vocabulary and script conventions a text follows. */
public enum Region {
    MAINLAND("CN"),
    HONG_KONG("HK"),
    TAIWAN("TW"),
    OTHER("OTHER");

    private final String code;

    Region(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Region fromCode(String code) {
        for (Region region : values()) {
            if (region.code.equals(code)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unknown region code: " + code);
    }
}
