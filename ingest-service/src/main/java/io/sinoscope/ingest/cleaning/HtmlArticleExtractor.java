package io.sinoscope.ingest.cleaning;

import io.sinoscope.ingest.config.IntakeConfig;
import io.sinoscope.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes the article out of a portal page: drops scripts, navigation, headers, footers and asides, finds the article's
 * container ({@link MainContentLocator}), drops lists of links inside it, and keeps one paragraph per line.
 *
 * <p>Linear in the page's size whatever its nesting: every step walks the tree once (or walks disjoint subtrees), and
 * the text measures every decision needs are taken in one pass ({@link TextMeasures}). A page nested deeper than
 * {@code sinoscope.intake.max-html-depth} is refused with a 422 before any of that.
 */
@ApplicationScoped
public class HtmlArticleExtractor {

    /**
     * The page's headline and article text, one paragraph a line, the chrome that was dropped, and what the markup
     * says of the page's publication time (null when it says nothing; see {@link PublicationMarkup}).
     */
    public record ExtractedPage(String title, String text, List<String> removed, String publicationTime) {
    }

    private static final Set<String> BOILERPLATE =
            Set.of("script", "style", "noscript", "iframe", "nav", "header", "footer", "aside", "form");
    private static final Set<String> LIST_BLOCKS = Set.of("ul", "ol", "div", "p");
    private static final Set<String> PARAGRAPHS = Set.of("p", "h2", "h3", "h4", "li", "blockquote");

    private final MainContentLocator locator;
    private final int maxDepth;

    @Inject
    public HtmlArticleExtractor(MainContentLocator locator, IntakeConfig intake) {
        this(locator, intake.maxHtmlDepth());
    }

    /** @param maxDepth deepest nesting of elements read; a deeper page is refused */
    public HtmlArticleExtractor(MainContentLocator locator, int maxDepth) {
        this.locator = locator;
        this.maxDepth = maxDepth;
    }

    /** @throws ProblemException (422) when the page nests elements deeper than the limit */
    public ExtractedPage extract(String html) {
        Document page = Jsoup.parse(html);
        checkDepth(page);
        // Before the chrome goes: the time often sits in the page's header, its meta tags or a script.
        String publicationTime = PublicationMarkup.find(page);
        List<String> removed = new ArrayList<>();
        // Outermost boilerplate only: what is nested in it goes with it, and is in its text already.
        for (Element element : outermost(page, BOILERPLATE)) {
            String text = element.text().strip();
            if (!text.isEmpty()) {
                removed.add(element.tagName() + ": " + abbreviate(text));
            }
            element.remove();
        }
        TextMeasures measures = TextMeasures.of(page);
        Element container = locator.locate(page, measures);
        List<Element> linkLists = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node != container && node instanceof Element block && LIST_BLOCKS.contains(block.normalName())
                    && locator.isLinkList(block, measures)) {
                // Blocks inside a link list go with it.
                linkLists.add(block);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, container);
        for (Element list : linkLists) {
            removed.add("links: " + abbreviate(list.text()));
            list.remove();
        }
        String title = firstNonBlank(page.selectFirst("h1"), page.title());
        return new ExtractedPage(title, paragraphs(container), removed, publicationTime);
    }

    private void checkDepth(Document page) {
        int[] deepest = {0};
        NodeTraversor.filter((node, depth) -> {
            deepest[0] = Math.max(deepest[0], depth);
            return depth > maxDepth ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, page);
        if (deepest[0] > maxDepth) {
            throw ProblemException.unprocessable("the page nests its markup more than " + maxDepth + " elements deep "
                    + "(sinoscope.intake.max-html-depth); no article page needs that many: send the article body as "
                    + "'text', or the page without the wrappers around it");
        }
    }

    /** The elements with one of these tags that are not inside another one, in document order. */
    private static List<Element> outermost(Element root, Set<String> tags) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element element && tags.contains(element.normalName())) {
                found.add(element);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
        return found;
    }

    /** One line per outermost paragraph block (nested blocks, a p inside an li, would repeat its text). */
    private static String paragraphs(Element container) {
        List<Element> blocks = outermost(container, PARAGRAPHS);
        if (blocks.isEmpty()) {
            return container.wholeText().strip();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : blocks) {
            String line = block.text().strip();
            if (!line.isEmpty()) {
                text.append(line).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String firstNonBlank(Element heading, String title) {
        if (heading != null && !heading.text().isBlank()) {
            return heading.text().strip();
        }
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
