package io.sinoscope.text.keyword;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * How specific a word is, from its frequency in HanLP's core dictionary (counts from a large
 * general news corpus): an inverse-document-frequency stand-in that needs no corpus of our own.
 * 价格 (508) and 中国 (3,358) weigh little, 稀土 (1) and 关税 (24) much more, and words the
 * dictionary lacks (供应链, gazetteer names) weigh most. Without it a generic word that happens
 * to be repeated outranks the topic; with only it, one-off rare words would win, so it scales the
 * frequency score rather than replacing it.
 */
final class Specificity {

    /** Frequency at which the weight is about log 2: below it a word counts as specific. */
    static final double SCALE = 1000;

    private Specificity() {
    }

    static double of(String term) {
        int frequency = CoreDictionary.getTermFrequency(term);
        return Math.log(1 + SCALE / (1.0 + frequency));
    }
}
