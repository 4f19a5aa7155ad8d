package io.sinoscope.ingest.cleaning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds a page's article when the page does not say so with {@code <article>} or
 * {@code <main>}: the block with the most text of its own paragraphs, discounted by the share of that text inside
 * links (navigation and "related articles" lists are mostly links), nudged by class and id names portals use.
 * Chinese has no spaces, so text is measured in characters, not words.
 */
@ApplicationScoped
public class MainContentLocator {

    private static final Pattern CONTENT_HINT = Pattern.compile(
            "article|content|post|story|text|body|main|detail|zhengwen|正文", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHROME_HINT = Pattern.compile(
            "comment|footer|sidebar|side|related|recommend|hot|rank|nav|menu|share|ad[-_s]|banner|copyright|tags",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MARKED = List.of("article", "main", "[itemprop=articleBody]");
    /**
     * Compared by tag name: {@code Element.is(query)} first walks up to the document's root, once per child scored,
     * which on a deeply nested page is quadratic again.
     */
    private static final Set<String> PROSE = Set.of("p", "h2", "h3", "blockquote");

    /**
     * The article's container: a marked one if the page has it, else the best-scoring block, else the body.
     *
     * @param measures the page's text measures, taken after its boilerplate was removed
     */
    Element locate(Document page, TextMeasures measures) {
        for (String marked : MARKED) {
            Element element = page.selectFirst(marked);
            if (element != null && measures.text(element) > 0) {
                return element;
            }
        }
        Element best = page.body();
        double bestScore = 0;
        for (Element candidate : page.body().select("div, section, td")) {
            double score = score(candidate, measures);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * True for a block inside the article that is a list of links rather than prose (related stories, tags): more
     * than half of its text sits in links.
     */
    boolean isLinkList(Element block, TextMeasures measures) {
        int text = measures.text(block);
        return text > 0 && (double) measures.linkText(block) / text > 0.5;
    }

    /** O(children) with the measures looked up, never a walk of the candidate's subtree. */
    private double score(Element candidate, TextMeasures measures) {
        int ownText = 0;
        for (Element paragraph : candidate.children()) {
            String tag = paragraph.normalName();
            if (PROSE.contains(tag) || tag.equals("div") && paragraph.childrenSize() == 0) {
                ownText += measures.text(paragraph);
            }
        }
        if (ownText == 0) {
            return 0;
        }
        double linkDensity = Math.min(1.0, (double) measures.linkText(candidate) / Math.max(1, measures.text(candidate)));
        String names = (candidate.id() + " " + candidate.className()).toLowerCase(Locale.ROOT);
        double hint = CONTENT_HINT.matcher(names).find() ? 1.25 : 1.0;
        if (CHROME_HINT.matcher(names).find()) {
            hint *= 0.3;
        }
        return ownText * (1 - linkDensity) * hint;
    }
}
