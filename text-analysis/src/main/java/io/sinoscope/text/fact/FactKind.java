package io.sinoscope.text.fact;

/** The fact kinds, with the codes the event contract uses. */
public enum FactKind {
    MONEY("money"),
    PERCENT("percent"),
    TARIFF_CHANGE("tariff_change"),
    QUANTITY("quantity"),
    DATE("date");

    private final String code;

    FactKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
