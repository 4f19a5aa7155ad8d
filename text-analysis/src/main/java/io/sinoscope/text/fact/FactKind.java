package io.sinoscope.text.fact;

/** The fact kinds, with the codes the event contract uses. */
public enum FactKind {
    MONEY("money"),
    PERCENT("percent"),
    TARIFF_CHANGE("tariff_change"),
    QUANTITY("quantity"),
    DATE("date"),
    EXPORT_CONTROL("export_control"),
    SANCTION("sanction");

    private final String code;

    FactKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
