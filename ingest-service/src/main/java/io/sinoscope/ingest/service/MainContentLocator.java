package io.sinoscope.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
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

    /** The article's container: a marked one if the page has it, else the best-scoring block, else the body. */
    public Element locate(Document page) {
        for (String marked : MARKED) {
            Element element = page.selectFirst(marked);
            if (element != null && !element.text().isBlank()) {
                return element;
            }
        }
        Element best = page.body();
        double bestScore = 0;
        for (Element candidate : page.body().select("div, section, td")) {
            double score = score(candidate);
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
    public boolean isLinkList(Element block) {
        int text = block.text().length();
        return text > 0 && (double) linkText(block) / text > 0.5;
    }

    private double score(Element candidate) {
        int ownText = 0;
        for (Element paragraph : candidate.children()) {
            if (paragraph.is("p, h2, h3, blockquote") || paragraph.is("div") && paragraph.children().isEmpty()) {
                ownText += paragraph.text().length();
            }
        }
        if (ownText == 0) {
            return 0;
        }
        double linkDensity = Math.min(1.0, (double) linkText(candidate) / Math.max(1, candidate.text().length()));
        String names = (candidate.id() + " " + candidate.className()).toLowerCase(Locale.ROOT);
        double hint = CONTENT_HINT.matcher(names).find() ? 1.25 : 1.0;
        if (CHROME_HINT.matcher(names).find()) {
            hint *= 0.3;
        }
        return ownText * (1 - linkDensity) * hint;
    }

    private static int linkText(Element element) {
        return element.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }
}
