package io.sinoscope.ingest.intake;

/** The charset a submission's bytes were decoded with, and how sure that choice was (0–100). */
public record Encoding(String charset, int confidence) {
}
