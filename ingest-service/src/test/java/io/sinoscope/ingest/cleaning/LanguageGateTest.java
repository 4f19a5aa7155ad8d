package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sinoscope.support.problem.ProblemException;
import org.junit.jupiter.api.Test;

class LanguageGateTest {

    private final LanguageGate gate = new LanguageGate();

    @Test
    void chineseNewsWithEnglishNamesAndNumbersPasses() {
        assertDoesNotThrow(() -> gate.check(
                "美国稀土企业MP Materials与Noveon Magnetics签署长期供货协议，2026年GDP增长5.2%，AI芯片出口继续受到限制。"));
        assertDoesNotThrow(() -> gate.check("美國與日本簽署關鍵礦產合作框架，兩國將共同投資。"));
    }

    @Test
    void englishTextIsRefusedWithWhatWasFound() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> gate.check("Rare earth exports fell sharply in October, officials in 北京 said."));
        assertEquals(422, refused.problem().status());
        assertEquals("the text is 3% Chinese (2 of 53 letters; at least 30% needed); Sinoscope ingests "
                + "Chinese-language news. Disable the check with sinoscope.cleaning.language-gate.enabled=false",
                refused.getMessage());
    }

    @Test
    void tooFewHanCharactersAreRefusedEvenWhenAllLettersAreHan() {
        ProblemException refused = assertThrows(ProblemException.class, () -> gate.check("稀土出口 2026-11-03"));
        assertEquals("the text has 4 Chinese characters, fewer than the 10 an article needs; Sinoscope ingests "
                + "Chinese-language news. Disable the check with sinoscope.cleaning.language-gate.enabled=false",
                refused.getMessage());
    }

    @Test
    void digitsPunctuationAndSpacesDoNotCountAndThresholdsAreConfigurable() {
        LanguageGate strict = new LanguageGate(0.9, 3);
        assertDoesNotThrow(() -> strict.check("稀土出口，增长 25%！2026-11-03"));
        assertThrows(ProblemException.class, () -> strict.check("稀土出口 rare earth"));
    }

    @Test
    void textWithoutLettersIsRefused() {
        assertThrows(ProblemException.class, () -> gate.check("2026-11-03 12:00 ……"));
    }
}
