package io.sinoscope.text.normalize;

import com.hankcs.hanlp.HanLP;
import io.sinoscope.text.OffsetMap;
import io.sinoscope.text.Region;
import io.sinoscope.text.Script;
import io.sinoscope.text.script.HanVariants;
import io.sinoscope.textrules.HanCharacters;

import java.util.function.UnaryOperator;

/**
 * Converts text to mainland Simplified with the converter matching its region. The region matters:
 * each converter also rewrites that region's vocabulary (Taiwan 晶片 → 芯片, 網際網路 → 互联网), and
 * applying another region's phrase table damages phrases it does not know. Text already in
 * Simplified is left untouched so that mainland wording is never "corrected".
 *
 * <p>Each run of Han characters is converted on its own: conversion phrases never span punctuation
 * or Latin text, and short runs keep the offset alignment of length-changing phrases cheap and exact.
 */
public final class ScriptConverter {

    public Rewrite toSimplified(String text, Script script, Region region) {
        if (script == Script.SIMPLIFIED || script == Script.NONE) {
            return Rewrite.unchanged(text);
        }
        UnaryOperator<String> converter = switch (region) {
            case TAIWAN -> HanLP::tw2s;
            case HONG_KONG -> HanLP::hk2s;
            case MAINLAND, OTHER -> HanLP::t2s;
        };
        StringBuilder out = new StringBuilder(text.length());
        OffsetMap.Builder offsets = new OffsetMap.Builder(text.length());
        int runStart = 0;
        while (runStart < text.length()) {
            boolean han = isHan(text.charAt(runStart));
            int runEnd = runStart + 1;
            while (runEnd < text.length() && isHan(text.charAt(runEnd)) == han) {
                runEnd++;
            }
            String run = text.substring(runStart, runEnd);
            if (han) {
                String converted = converter.apply(run);
                out.append(converted);
                ConversionAligner.align(characterwise(run), converted, runStart, offsets);
            } else {
                out.append(run);
                offsets.addRewritten(run.length(), runStart, runEnd);
            }
            runStart = runEnd;
        }
        return new Rewrite(out.toString(), offsets.build());
    }

    /** The same-length reference the aligner anchors on. */
    private static String characterwise(String text) {
        StringBuilder reference = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            reference.append(HanVariants.simplifiedAlone(text.charAt(i)));
        }
        return reference.toString();
    }

    private static boolean isHan(char c) {
        return HanCharacters.isHan(c);
    }
}
