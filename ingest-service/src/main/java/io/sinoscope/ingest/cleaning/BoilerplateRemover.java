package io.sinoscope.ingest.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes portal chrome that survives HTML extraction or arrives in pasted text: editor and copyright lines, share
 * and like counters, breadcrumbs, disclaimers, and "related news" lists. The patterns live in
 * {@code boilerplate-v4.tsv}; each matches a whole line, so a paragraph that merely mentions 相关 or 版权 in a sentence
 * is never touched.
 */
@ApplicationScoped
public class BoilerplateRemover {

    /** What a matching line means, and so how much goes with it. */
    enum Kind {
        /** Only the line. */
        LINE,
        /** Only the line; a site path such as 首页 > 国际 > 正文. */
        BREADCRUMB,
        /** The line and everything after it: legal text closes a page. */
        DISCLAIMER,
        /** The heading and the list rows under it, up to the next real paragraph. */
        RELATED_LIST;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private record Rule(Kind kind, Pattern line) {
    }

    /** Shorter lines ending in 。！？ are more likely teaser headlines than the article resuming after a list. */
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    private static final Pattern PARAGRAPH_END = Pattern.compile(".*[。！？!?][”」』）)]?$");
    /** A teaser cut off mid-sentence: "某某... 12月18日，…". Article text writes its ellipsis as …… without a space. */
    private static final Pattern TRUNCATED_TEASER = Pattern.compile("(\\.\\.\\.|…)\\s");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n{3,}");
    private static final int REPORT_LENGTH = 40;

    private final List<Rule> rules;

    public BoilerplateRemover() {
        rules = CleaningData.rows("boilerplate-v4.tsv", 2).stream()
                .map(row -> new Rule(Kind.valueOf(row[0].strip()), Pattern.compile(row[1].strip())))
                .toList();
    }

    public CleanedText remove(String text) {
        String[] lines = text.split("\n", -1);
        List<String> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            Kind kind = kindOf(line);
            if (kind == null) {
                kept.add(lines[i]);
                i++;
                continue;
            }
            int end = switch (kind) {
                case LINE, BREADCRUMB -> i + 1;
                case DISCLAIMER -> lines.length;
                case RELATED_LIST -> endOfList(lines, i + 1);
            };
            int count = (int) Arrays.stream(lines, i, end).filter(l -> !l.isBlank()).count();
            removed.add(kind.label() + ": " + abbreviate(line) + (count > 1 ? " (" + count + " lines)" : ""));
            i = end;
        }
        // A removed line between two blank lines would otherwise leave a double gap.
        return new CleanedText(BLANK_LINE_RUNS.matcher(String.join("\n", kept)).replaceAll("\n\n").strip(), removed);
    }

    private Kind kindOf(String line) {
        if (line.isEmpty()) {
            return null;
        }
        return rules.stream().filter(rule -> rule.line().matcher(line).matches()).map(Rule::kind).findFirst()
                .orElse(null);
    }

    /**
     * @return the index of the first line after the list: the next real paragraph, the next chrome line (reported
     *     as what it is), or the end of the text
     */
    private int endOfList(String[] lines, int from) {
        int end = from;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isParagraph(line) || kindOf(line) != null) {
                return end;
            }
            end = i + 1;
        }
        return lines.length;
    }

    private static boolean isParagraph(String line) {
        return line.length() >= MIN_PARAGRAPH_LENGTH && PARAGRAPH_END.matcher(line).matches()
                && !TRUNCATED_TEASER.matcher(line).find();
    }

    private static String abbreviate(String line) {
        return line.length() <= REPORT_LENGTH ? line : line.substring(0, REPORT_LENGTH) + "…";
    }
}
