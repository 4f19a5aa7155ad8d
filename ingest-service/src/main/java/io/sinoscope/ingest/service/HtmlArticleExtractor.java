package io.sinoscope.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the article out of a portal page: drops scripts, navigation, headers, footers and asides, finds the article's
 * container ({@link MainContentLocator}), drops lists of links inside it, and keeps one paragraph per line.
 */
@ApplicationScoped
public class HtmlArticleExtractor {

    /** The page's headline and article text, one paragraph a line, and the chrome that was dropped. */
    public record ExtractedPage(String title, String text, List<String> removed) {
    }

    private static final String BOILERPLATE = "script, style, noscript, iframe, nav, header, footer, aside, form";

    private final MainContentLocator locator;

    public HtmlArticleExtractor(MainContentLocator locator) {
        this.locator = locator;
    }

    public ExtractedPage extract(String html) {
        Document page = Jsoup.parse(html);
        List<String> removed = new ArrayList<>();
        Elements boilerplate = page.select(BOILERPLATE);
        for (Element element : boilerplate) {
            String text = element.text().strip();
            if (!text.isEmpty()) {
                removed.add(element.tagName() + ": " + abbreviate(text));
            }
        }
        boilerplate.remove();
        Element container = locator.locate(page);
        List<Element> linkLists = new ArrayList<>();
        for (Element block : container.select("ul, ol, div, p")) {
            if (block != container && block.parents().stream().noneMatch(linkLists::contains)
                    && locator.isLinkList(block)) {
                linkLists.add(block);
            }
        }
        for (Element list : linkLists) {
            removed.add("links: " + abbreviate(list.text()));
            list.remove();
        }
        String title = firstNonBlank(page.selectFirst("h1"), page.title());
        return new ExtractedPage(title, paragraphs(container), removed);
    }

    private static String paragraphs(Element container) {
        Elements blocks = container.select("p, h2, h3, h4, li, blockquote");
        if (blocks.isEmpty()) {
            return container.wholeText().strip();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : blocks) {
            String line = block.text().strip();
            // Nested blocks (p inside li) would otherwise repeat their text.
            if (!line.isEmpty() && block.parents().stream().noneMatch(blocks::contains)) {
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
