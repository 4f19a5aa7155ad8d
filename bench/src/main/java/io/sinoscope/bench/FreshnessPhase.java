package io.sinoscope.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * One stretch of the freshness run at a fixed offered rate, and what it gave.
 *
 * @param reported false for the warm-up, whose articles are tracked but left out of the results
 */
record FreshnessPhase(String name, double rate, int seconds, boolean reported) {

    /**
     * Freshness may grow by at most this many seconds per second of the run for the backlog to count as bounded: a
     * pipeline keeping up holds freshness flat (slope near 0), one short of the rate by a tenth lets it grow by about
     * 0.1 s per s. The slope is fitted over every article of the phase, so noise in single samples hardly moves it.
     */
    static final double MAX_GROWTH = 0.05;
    /** Below this share of the offered rate, ingest itself could not take the load. */
    static final double MIN_ACHIEVED_SHARE = 0.9;

    /**
     * @param sent            requests started
     * @param accepted        answered 202 with an article that will be published (not a duplicate or a rejection)
     * @param refused         any other answer, or no answer
     * @param sendingSeconds  from the first request to the last answer
     * @param freshness       milliseconds from 202 to first listing; an article never listed counts as infinitely late
     * @param neverListed     accepted but not listed by the end of the drain
     * @param growth          least-squares slope of freshness over the phase's time, seconds per second
     */
    record Result(FreshnessPhase phase, long sent, long accepted, long refused, double sendingSeconds,
            Percentiles freshness, long neverListed, double growth) {

        double achievedRate() {
            return accepted / sendingSeconds;
        }

        /** The backlog stayed bounded: everything became searchable, freshness did not keep growing, ingest kept up. */
        boolean bounded() {
            return neverListed == 0 && growth <= MAX_GROWTH && achievedRate() >= MIN_ACHIEVED_SHARE * phase.rate();
        }

        ObjectNode json(ObjectMapper json) {
            ObjectNode node = json.createObjectNode();
            node.put("phase", phase.name());
            node.put("offeredRate", phase.rate());
            node.put("seconds", phase.seconds());
            node.put("sent", sent);
            node.put("accepted", accepted);
            node.put("refused", refused);
            ResultJson.put(node, "achievedRate", achievedRate());
            node.put("neverListed", neverListed);
            node.set("freshnessMillis", freshness.json(json));
            ResultJson.put(node, "growthSecondsPerSecond", growth);
            node.put("bounded", bounded());
            return node;
        }
    }

    Result result(long sent, long accepted, long refused, double sendingSeconds, List<FreshnessTracker.Sample> samples,
            long neverListed) {
        double[] millis = new double[samples.size() + (int) neverListed];
        Arrays.fill(millis, Double.POSITIVE_INFINITY);
        for (int i = 0; i < samples.size(); i++) {
            millis[i] = samples.get(i).millis();
        }
        return new Result(this, sent, accepted, refused, sendingSeconds, new Percentiles(millis), neverListed,
                growth(samples));
    }

    /** Slope of freshness (s) against acceptance time (s): how fast the lag built up during the phase. */
    static double growth(List<FreshnessTracker.Sample> samples) {
        if (samples.size() < 2) {
            return Double.NaN;
        }
        long origin = samples.stream().mapToLong(FreshnessTracker.Sample::acceptedNanos).min().orElseThrow();
        double meanX = 0;
        double meanY = 0;
        for (var s : samples) {
            meanX += (s.acceptedNanos() - origin) / 1e9;
            meanY += s.millis() / 1e3;
        }
        meanX /= samples.size();
        meanY /= samples.size();
        double covariance = 0;
        double variance = 0;
        for (var s : samples) {
            double dx = (s.acceptedNanos() - origin) / 1e9 - meanX;
            covariance += dx * (s.millis() / 1e3 - meanY);
            variance += dx * dx;
        }
        return variance == 0 ? Double.NaN : covariance / variance;
    }
}
