package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Photo captions and related-news blocks as HK, TW and CN pages and print keep them in the text. */
class CaptionAndRelatedTest {

    private final BoilerplateRemover remover = new BoilerplateRemover();

    @Test
    void photoCaptionLinesGo() {
        String text = String.join("\n",
                "港府公布首季出口數據",
                "資料圖片",
                "統計處今日公布，首季整體出口貨值按年上升百分之十二，為連續第五個月錄得增長。",
                "圖：葵涌貨櫃碼頭一景，港口吞吐量回升。",
                "（資料相片）",
                "美國總統週三在白宮簽署行政命令（資料圖片）",
                "图片来源：某某社",
                "商务部表示，相关措施符合国际通行做法，不针对任何特定国家和地区。");
        CleanedText cleaned = remover.remove(text);
        assertEquals("港府公布首季出口數據\n統計處今日公布，首季整體出口貨值按年上升百分之十二，為連續第五個月錄得增長。\n"
                + "商务部表示，相关措施符合国际通行做法，不针对任何特定国家和地区。", cleaned.text());
        assertEquals(5, cleaned.removed().size(), cleaned.removed().toString());
    }

    @Test
    void sentencesMentioningPicturesStay() {
        String text = "他在記者會上展示資料圖片，說明港口吞吐量的變化。\n圖書館將延長開放時間。\n攝影師協會今日舉行年會，會員踴躍出席。";
        assertEquals(text, remover.remove(text).text());
    }

    @Test
    void relatedNewsHeadingWithAColonTakesItsListAlong() {
        String text = String.join("\n",
                "統計處今日公布，首季整體出口貨值按年上升百分之十二，為連續第五個月錄得增長。",
                "相關新聞：",
                "港股午後回升 恒指收市升三百點",
                "美對台晶片關稅暫緩",
                "相关报道",
                "美方宣布暂缓加征关税");
        CleanedText cleaned = remover.remove(text);
        assertEquals("統計處今日公布，首季整體出口貨值按年上升百分之十二，為連續第五個月錄得增長。", cleaned.text());
        assertTrue(cleaned.removed().get(0).startsWith("related list: 相關新聞："), cleaned.removed().toString());
    }
}
