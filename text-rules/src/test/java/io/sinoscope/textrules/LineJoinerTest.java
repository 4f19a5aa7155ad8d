package io.sinoscope.textrules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Test
    void aGapWithAtMostOneLineBreakBetweenTwoHanCharactersJoins() {
        assertTrue(joins("稀\n土"));
        assertTrue(joins("稀 \n 土"));
        assertTrue(joins("稀\u3000土"));
        assertFalse(joins("稀\n\n土"), "a blank line separates paragraphs");
        assertFalse(joins("稀\nA"));
        assertFalse(joins("A\n土"));
        assertFalse(LineJoiner.joins(-1, "\n土", 0, 1, '土'), "nothing before");
    }

    @Test
    void runsOfOneSpaceCharacterAreJoinedUpToTheLongestRunAsked() {
        assertEquals("稀土出口 GDP 增长", LineJoiner.joinRuns("稀\u3000\u3000土出口 GDP 增长", '\u3000', Integer.MAX_VALUE));
        assertEquals("稀土  出口", LineJoiner.joinRuns("稀 土  出口", ' ', 1));
        assertEquals(1, LineJoiner.countRuns("稀 土  出口", ' ', 1));
        assertEquals(2, LineJoiner.countRuns("稀 土  出口", ' ', 2));
        String latin = "rare earth 出口";
        assertSame(latin, LineJoiner.joinRuns(latin, ' ', 1));
    }

    private static boolean joins(String text) {
        int start = 1;
        int end = text.length() - 1;
        return LineJoiner.joins(text.codePointAt(0), text, start, end, text.codePointAt(end));
    }
}
