package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Articles of a chosen length for load tests: a few of our own newsroom sentences (so cleaning and analysis meet
 * real vocabulary, entities and topics in all three regional styles) padded with filler in sentence-sized runs.
 * Seeded: the same arguments give the same corpus.
 *
 * <p>Three fillers. Random common Han characters ({@link #SyntheticCorpus(long, int)}) make no two articles
 * near-duplicates of each other, so ingest stores and publishes every one. Words drawn from a
 * {@link WordVocabulary} ({@link #forSearch}, {@link #ofWords}) give the term distribution of real text, which is
 * what anything that indexes or searches needs (and are no near-duplicates either: two articles share few of their
 * three-character shingles); the search corpus's articles also carry publication dates spread over a year (date
 * filters and date sorting have something to select) and, one in {@value #RARE_EVERY}, the {@link #RARE_SENTENCE}
 * (a rare-term query). Random
 * characters from one region's repertoire ({@link #inRegion}) with that region's newsroom sentences interleaved
 * make the import corpus: no near-duplicates either, and only characters the file's charset can hold.
 */
final class SyntheticCorpus {

    private static final List<String> SENTENCES = List.of(
            "美国商务部周二宣布扩大对先进芯片的出口管制，涉及多家中国企业。",
            "商务部新闻发言人表示，中方将采取必要措施维护自身正当权益。",
            "美國總統川普表示，將對進口晶片加徵關稅，台積電股價應聲下跌。",
            "行政院表示，新台幣三百億元補助方案將於明年上路，協助半導體產業轉型。",
            "特首李家超表示，美國加徵關稅對本港出口的影響可控，港元匯價保持穩定。",
            "澳大利亚资源部长在悉尼宣布设立关键矿产基金，支持稀土加工。",
            "欧盟委员会公布对进口电动汽车反补贴调查的初步结果，拟征收临时关税。",
            "国际油价周三小幅回落，布伦特原油期货收跌百分之零点八。");
    /** Planted in one article of {@value #RARE_EVERY} of a search corpus: the rare term of the query mix. */
    static final String RARE_SENTENCE = "研究团队展示了以钙钛矿叠层电池驱动的无人渡轮样机。";
    static final int RARE_EVERY = 1000;
    /** CJK Unified Ideographs most common in news lie low in the block; this range avoids rare characters. */
    private static final int HAN_FROM = 0x4E00;
    private static final int HAN_SPAN = 0x5200;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final Instant FIXED_DAY = Instant.parse("2026-11-01T00:00:00Z");

    /** An article before it is serialised; {@code publishedAt} is 08:00 Beijing time (00:00 UTC) of its day. */
    record SyntheticArticle(String title, String text, Instant publishedAt) {
    }

    /** Where an article's own sentences (entities, numbers, topics) come from. */
    @FunctionalInterface
    interface Sentences {
        String next(SplittableRandom random);
    }

    /** What pads an article to its length, a piece (a character, a word) at a time. */
    @FunctionalInterface
    interface Filler {
        void appendNext(StringBuilder text, SplittableRandom random);
    }

    private static final Sentences MIXED_NEWSROOM = random -> SENTENCES.get(random.nextInt(SENTENCES.size()));
    private static final Filler COMMON_HAN = (text, random) -> text.appendCodePoint(HAN_FROM + random.nextInt(HAN_SPAN));

    private final ObjectMapper json = new ObjectMapper();
    private final SplittableRandom random;
    private final int characters;
    private final Sentences sentences;
    private final Filler filler;
    private final boolean plantsRareSentence;
    /** One filler sentence in this many is a newsroom sentence instead; 0: the newsroom only leads the article. */
    private final int sentenceEvery;
    private final Instant firstDay;
    private final int days;

    /** Random-character filler, dates within nine days: the ingest benchmark's corpus. */
    SyntheticCorpus(long seed, int characters) {
        this(seed, characters, MIXED_NEWSROOM, COMMON_HAN, false, 0, FIXED_DAY, 9);
    }

    private SyntheticCorpus(long seed, int characters, Sentences sentences, Filler filler, boolean plantsRareSentence,
            int sentenceEvery, Instant firstDay, int days) {
        this.random = new SplittableRandom(seed);
        this.characters = characters;
        this.sentences = sentences;
        this.filler = filler;
        this.plantsRareSentence = plantsRareSentence;
        this.sentenceEvery = sentenceEvery;
        this.firstDay = firstDay;
        this.days = days;
    }

    /**
     * Word filler without the rare sentence (it belongs to the search corpus's query mix), dates within nine days:
     * articles that go through ingest and into the same index as a search corpus (freshness).
     */
    static SyntheticCorpus ofWords(long seed, int characters, WordVocabulary words) {
        return new SyntheticCorpus(seed, characters, MIXED_NEWSROOM, wordFiller(words), false, 0, FIXED_DAY, 9);
    }

    /** Word filler, dates spread over {@code days} days from {@code firstDay}, rare sentence planted. */
    static SyntheticCorpus forSearch(long seed, int characters, WordVocabulary words, Instant firstDay, int days) {
        return new SyntheticCorpus(seed, characters, MIXED_NEWSROOM, wordFiller(words), true, 0, firstDay, days);
    }

    private static Filler wordFiller(WordVocabulary words) {
        return (text, random) -> text.append(words.next(random));
    }

    /**
     * One region's newsroom sentences, leading the article and then one sentence in four, between filler drawn from
     * {@code repertoire} (code points the file's charset holds); dates spread over {@code days} days.
     */
    static SyntheticCorpus inRegion(long seed, int characters, RegionalNewsroom newsroom, int[] repertoire,
            Instant firstDay, int days) {
        Filler filler = (text, random) -> text.appendCodePoint(repertoire[random.nextInt(repertoire.length)]);
        return new SyntheticCorpus(seed, characters, newsroom, filler, false, 4, firstDay, days);
    }

    /** The code points random filler is drawn from: common Han characters, before any charset narrows them. */
    static int[] fillerRange() {
        return IntStream.range(HAN_FROM, HAN_FROM + HAN_SPAN).toArray();
    }

    SyntheticArticle article() {
        StringBuilder text = new StringBuilder(characters + 64);
        for (int i = 0; i < 3; i++) {
            text.append(sentences.next(random));
        }
        if (plantsRareSentence && random.nextInt(RARE_EVERY) == 0) {
            text.append(RARE_SENTENCE);
        }
        text.append('\n');
        while (text.length() < characters) {
            if (sentenceEvery > 0 && random.nextInt(sentenceEvery) == 0) {
                text.append(sentences.next(random));
            } else {
                appendFiller(text, 18 + random.nextInt(24));
                text.append('。');
            }
            if (random.nextInt(5) == 0) {
                text.append('\n');
            }
        }
        Instant day = firstDay.plus(random.nextInt(days), ChronoUnit.DAYS);
        return new SyntheticArticle(text.substring(0, 20), text.toString(), day);
    }

    /** One NDJSON line for the ingest batch endpoint. */
    String articleLine(String source, String externalId) {
        return toJson(source, externalId, article());
    }

    /**
     * An article for {@code POST /api/v1/articles}: published at the given time, the marker word leading its text,
     * so that a search for the marker finds exactly the articles of one run.
     */
    String markedArticle(String source, String externalId, String marker, Instant publishedAt) {
        SyntheticArticle article = article();
        return toJson(source, externalId, new SyntheticArticle(article.title(), marker + " " + article.text(),
                publishedAt));
    }

    private String toJson(String source, String externalId, SyntheticArticle article) {
        ObjectNode line = json.createObjectNode();
        line.put("source", source);
        line.put("externalId", externalId);
        line.put("title", article.title());
        line.put("text", article.text());
        line.put("publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.publishedAt().atOffset(BEIJING)));
        return line.toString();
    }

    private void appendFiller(StringBuilder text, int length) {
        int end = text.length() + length;
        while (text.length() < end) {
            filler.appendNext(text, random);
        }
    }
}
