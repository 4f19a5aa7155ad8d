package io.sinoscope.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final String ARTICLE = "印度尼西亚能源和矿产资源部周三宣布，自明年一月起暂停发放新的镍矿出口许可，"
            + "并要求现有许可证持有者在六个月内提交冶炼厂建设计划。分析人士指出，这一措施将推高国际镍价，"
            + "并促使电池制造商加快在当地投资设厂。";
    private static final String OTHER = "欧盟委员会周二公布对中国产电动汽车反补贴调查的初步结果，拟对三家车企分别征收"
            + "百分之十七至百分之三十八的临时关税，中方表示坚决反对并将采取一切必要措施维护自身合法权益。";

    @Test
    void aReprintWithAFooterAndOtherPunctuationIsNearlyTheSame() {
        int[] original = MinHash.signature(ARTICLE, 50).orElseThrow();
        int[] reprint = MinHash.signature(ARTICLE.replace("，", ", ") + "\n责任编辑：张三", 50).orElseThrow();
        double similarity = MinHash.similarity(original, reprint);
        assertTrue(similarity >= 0.8, "similarity " + similarity);
        assertTrue(sharesABucket(original, reprint), "a near-duplicate must be an LSH candidate");
    }

    @Test
    void differentArticlesAreNotSimilarAndRarelyCandidates() {
        int[] a = MinHash.signature(ARTICLE, 50).orElseThrow();
        int[] b = MinHash.signature(OTHER, 50).orElseThrow();
        assertTrue(MinHash.similarity(a, b) < 0.2, "similarity " + MinHash.similarity(a, b));
    }

    @Test
    void signatureSurvivesStorage() {
        int[] signature = MinHash.signature(ARTICLE, 50).orElseThrow();
        assertArrayEquals(signature, MinHash.fromBytes(MinHash.toBytes(signature)));
    }

    @Test
    void signaturesAreStableAcrossProcesses() {
        // Stored signatures are compared with new ones: the hashing must never change silently.
        assertEquals(MinHash.signature("稳定的签名需要固定的种子和固定的混合函数才能跨进程比较", 10).orElseThrow()[0],
                MinHash.signature("稳定的签名需要固定的种子和固定的混合函数才能跨进程比较", 10).orElseThrow()[0]);
    }

    @Test
    void theFirstBandingHashesAsBeforeSoStoredBucketsStillMatch() {
        // Buckets 0-15 are in article_minhash_band for articles stored before the second banding existed.
        int[] signature = MinHash.signature(ARTICLE, 50).orElseThrow();
        long[] buckets = MinHash.bandBuckets(signature);
        for (int band = 0; band < 16; band++) {
            long hash = band;
            for (int row = band * 4; row < band * 4 + 4; row++) {
                hash = splitMix(hash * 31 + signature[row]);
            }
            assertEquals(hash, buckets[band], "band " + band);
        }
        assertEquals(16 + 21, buckets.length);
    }

    @Test
    void aSignatureCarriesItsShingleCountThroughStorage() {
        int[] signature = MinHash.signature("一二三四五六", 3).orElseThrow();
        assertEquals(4, MinHash.shingleCount(signature));
        assertEquals(4, MinHash.shingleCount(MinHash.fromBytes(MinHash.toBytes(signature))));
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Test
    void shortTextsGetNoSignature() {
        assertEquals(Optional.empty(), MinHash.signature("商务部发布公告。", 50));
    }

    private static boolean sharesABucket(int[] a, int[] b) {
        long[] bucketsA = MinHash.bandBuckets(a);
        long[] bucketsB = MinHash.bandBuckets(b);
        for (int band = 0; band < MinHash.BANDS; band++) {
            if (bucketsA[band] == bucketsB[band]) {
                return true;
            }
        }
        return false;
    }
}
