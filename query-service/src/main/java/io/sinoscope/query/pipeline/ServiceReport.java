package io.sinoscope.query.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Another service's own statistics, or why they could not be read.
 *
 * @param reachable false when the service did not answer (refused, or not in time); true with an error when it
 *                  answered but not with its statistics
 */
public record ServiceReport(String url, boolean reachable, String error, JsonNode stats) {
}
