package io.sinoscope.query.watch;

import java.util.List;

/** A watch an article matched, and why (one line per part of the watch that held). */
public record WatchMatch(String watchId, List<String> because) {
}
