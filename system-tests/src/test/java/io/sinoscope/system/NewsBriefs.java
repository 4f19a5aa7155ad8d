package io.sinoscope.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbered short news briefs of one source, synthetic and written for these tests: ten sentence patterns with a
 * city, counts, amounts and percentages drawn from the brief's number, so neighbouring briefs read differently and
 * the analysis finds places, numbers and facts in them.
 *
 * <p>Every brief's text has fewer than 50 letters and digits, the length from which ingest computes near-duplicate
 * signatures ({@code sinoscope.dedup.near-duplicates.min-letters}), and its title carries its number and an edition
 * drawn for each instance (exact duplicates are found across sources, and the system tests share one database), so
 * no brief is an exact or near duplicate of another: every accepted brief must be published and indexed, and a test can expect
 * exactly as many search hits as it had briefs accepted. All titles contain {@link #MARKER}, so one search
 * (filtered by source) lists a run's briefs. Each brief has its own publication minute, which gives paging by date a
 * total order.
 */
final class NewsBriefs {

    /** A word every brief's title contains. */
    static final String MARKER = "简讯";

    private static final List<String> CITIES = List.of("杭州", "成都", "武汉", "西安", "南京", "青岛", "厦门", "昆明",
            "长沙", "郑州", "合肥", "福州", "南宁", "贵阳", "兰州", "太原", "济南", "沈阳", "大连", "宁波", "苏州", "无锡",
            "佛山", "东莞", "珠海", "温州", "台州", "洛阳", "桂林", "大理");
    private static final OffsetDateTime FIRST_PUBLISHED = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0,
            ZoneOffset.ofHours(8));

    private final String source;
    private final int edition = java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 1_000_000);

    NewsBriefs(String source) {
        this.source = source;
    }

    String source() {
        return source;
    }

    String externalId(int i) {
        return source + "-" + i;
    }

    /** Brief {@code i} as the JSON object {@code POST /api/v1/articles} takes. */
    Map<String, Object> article(int i) {
        String text = text(i, city(i));
        long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters >= 50) {
            throw new IllegalStateException("brief " + i + " has " + letters + " letters and digits, enough for a "
                    + "near-duplicate signature: keep the patterns short (" + text + ")");
        }
        return article(i, text);
    }

    /**
     * Brief {@code i} with a text of the test's own instead of its pattern's, e.g. one longer than a limit. A text
     * long enough for a near-duplicate signature must not resemble another text of the run.
     */
    Map<String, Object> article(int i, String text) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("source", source);
        article.put("externalId", externalId(i));
        article.put("title", city(i) + MARKER + "第" + edition + "-" + i + "期");
        article.put("text", text);
        article.put("publishedAt", FIRST_PUBLISHED.plusMinutes(i).toString());
        article.put("language", "zh-CN");
        return article;
    }

    private static String city(int i) {
        return CITIES.get(Math.floorMod(i * 7 + i / CITIES.size(), CITIES.size()));
    }

    private static String text(int i, String city) {
        int small = 2 + i % 9;
        int count = 120 + (i * 37) % 880;
        int percent = 3 + (i * 13) % 40;
        int tenth = i % 10;
        return switch (i % 10) {
            case 0 -> city + "今日举行防汛演练，" + count + "名救援人员参加，交通秩序良好。";
            case 1 -> city + "地铁" + small + "号线下月起延长运营至午夜，末班车推迟四十分钟。";
            case 2 -> city + "港一季度集装箱吞吐量同比增长" + percent + "." + tenth + "%，创同期新高。";
            case 3 -> city + "本周新开" + small + "家社区图书馆，周末借阅人数达到" + count + "人次。";
            case 4 -> "受冷空气影响，" + city + "明天最低气温将降至" + (tenth - 3) + "摄氏度左右，请注意保暖。";
            case 5 -> city + "一家科技企业宣布投资" + small + "." + tenth + "亿元建设研发中心。";
            case 6 -> city + "农贸市场蔬菜价格连续" + small + "周回落，猪肉价格下降" + percent + "%。";
            case 7 -> city + "今年已新增公共充电桩" + count + "个，主要街道基本覆盖。";
            case 8 -> city + "马拉松报名人数突破" + small + "万，组委会增设" + (small + 4) + "个补给站。";
            default -> city + "一所中学的机器人队在全国比赛中获得第" + small + "名，共有" + count + "支队伍参赛。";
        };
    }
}
