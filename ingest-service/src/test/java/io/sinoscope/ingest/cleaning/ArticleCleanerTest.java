package io.sinoscope.ingest.cleaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-05T02:00:00Z");

    private final ArticleCleaner cleaner = new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
            new OcrRepair(), new MetadataExtractor());

    @Test
    void theDataVersionCoversEveryDataFileOfTheFolder() throws Exception {
        assertTrue(cleaner.dataVersion().matches("[0-9a-f]{12}"), cleaner.dataVersion());
        // The main classes' own folder: a file there that the manifest (data-files.txt) misses escapes the version.
        Path folder = Path.of(ArticleCleaner.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/sinoscope/ingest/cleaning");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".tsv"))
                    .collect(Collectors.toSet());
        }
        assertEquals(onDisk, ArticleCleaner.dataFiles());
        assertEquals(cleaner.dataVersion(), new ArticleCleaner(new UnicodeNormalizer(), new BoilerplateRemover(),
                new OcrRepair(), new MetadataExtractor()).dataVersion());
    }

    @Test
    void portalPageBecomesTheArticleAloneWithEveryRemovalReported() {
        String page = String.join("\r\n",
                "某某首页 > 某某号 > 正文",
                "",
                "美方宣布下调部分稀土产品关税",
                "",
                "新华社北京１１月３日电（记者张三）美国政府３日宣布，将对部分稀土产品的进口关ш税下调１０％，",
                "有关措施将于下月起施行。",
                "",
                "\u3000\u3000商务部新闻发言人表示，中方注意到美方的有关表态，希望双方继续通过平等对话解决各自关切，维护全球供应",
                "",
                "链稳定。",
                "",
                "点赞 12 收藏 3",
                "相关推荐",
                "多国官员出席关键矿产会议",
                "2026-11-02 10:31",
                "港股稀土板块午后拉升 11-02",
                "",
                "版权所有 © 2026 某某新闻网");

        CleaningResult result = cleaner.clean(page, RECEIVED);

        assertEquals("美方宣布下调部分稀土产品关税\n\n"
                + "新华社北京11月3日电（记者张三）美国政府3日宣布，将对部分稀土产品的进口关税下调10%，有关措施将于下月起施行。\n\n"
                + "商务部新闻发言人表示，中方注意到美方的有关表态，希望双方继续通过平等对话解决各自关切，维护全球供应链稳定。",
                result.text());
        assertEquals(List.of("breadcrumb: 某某首页 > 某某号 > 正文", "line: 点赞 12 收藏 3",
                "related list: 相关推荐 (4 lines)", "line: 版权所有 © 2026 某某新闻网", "ocr: joined 2 broken lines", "ocr: dropped stray glyphs ш"),
                result.removed());
        assertEquals(new ArticleMetadata(Optional.of("美方宣布下调部分稀土产品关税"),
                Optional.of(OffsetDateTime.parse("2026-11-03T00:00+08:00")), Optional.of("新华社"),
                Optional.of("张三")),
                result.metadata());
    }
}
