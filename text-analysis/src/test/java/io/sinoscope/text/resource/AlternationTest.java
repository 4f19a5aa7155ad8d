package io.sinoscope.text.resource;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlternationTest {

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void prefersTheLongestPhraseThatLetsThePatternMatch() {
        Pattern suffix = Pattern.compile("\\d+(" + Alternation.of(List.of("元", "美元", "元人民币", "美金", "US$")) + ")");
        assertEquals("元人民币", first(suffix, "5元人民币"));
        assertEquals("元", first(suffix, "5元人"));
        assertEquals("美金", first(suffix, "5美金"));
        // The longer phrase is given back when what follows needs it.
        Pattern backtrack = Pattern.compile("(" + Alternation.of(List.of("万吨", "万吨级", "吨")) + ")级");
        assertEquals("万吨", first(backtrack, "万吨级"));
    }

    @Test
    void quotesRegexCharacters() {
        Pattern sign = Pattern.compile("(" + Alternation.of(List.of("US$", "HK$", "C$")) + ")\\d");
        assertEquals("HK$", first(sign, "HK$5"));
        assertFalse(Pattern.compile(Alternation.of(List.of("a.b"))).matcher("axb").find());
        assertThrows(IllegalArgumentException.class, () -> Alternation.of(List.of("")));
    }
}
