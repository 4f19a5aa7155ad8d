package io.sinoscope.text.summary;

import io.sinoscope.text.NormalizedText;
import io.sinoscope.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractiveSummarizerTest {

    private final ExtractiveSummarizer summarizer = ExtractiveSummarizer.fromResources();

    @Test
    void keepsTheLeadAndTopicalSentencesInOriginalScript() {
        String original = "美國與中國週四在釜山舉行元首會晤，雙方同意下調關稅。"
                + "記者現場報導。"
                + "當天天氣晴朗，街頭行人不多，商店照常營業。"
                + "根據協議，美方將關稅從57%降至47%，中方恢復採購美國大豆。"
                + "分析人士認為，關稅下調有助穩定市場情緒。";
        NormalizedText text = TextAnalyzer.createDefault().normalize(original);
        String summary = summarizer.summarize(text, 2);
        assertEquals("美國與中國週四在釜山舉行元首會晤，雙方同意下調關稅。根據協議，美方將關稅從57%降至47%，中方恢復採購美國大豆。", summary);
        assertTrue(original.contains(summary.substring(0, 10)));
    }

    @Test
    void clampsTheSentenceCount() {
        NormalizedText text = TextAnalyzer.createDefault().normalize("第一句话说明了关税谈判的进展。第二句话介绍了大豆采购的安排。第三句话说的是稀土出口的管制。第四句话谈到了市场对此的反应。");
        String summary = summarizer.summarize(text, 10);
        assertEquals(3, summary.split("。").length);
    }
}
