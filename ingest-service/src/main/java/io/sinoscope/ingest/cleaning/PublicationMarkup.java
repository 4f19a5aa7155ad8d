package io.sinoscope.ingest.cleaning;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Finds what a page's markup says of its publication, before its header, scripts and metadata are dropped as chrome:
 * the standard meta tags ({@code article:published_time}, {@code og:published_time}, {@code itemprop=datePublished},
 * {@code pubdate}), JSON-LD {@code datePublished}, a {@code <time datetime>}, or else a short date line that stands
 * outside the paragraphs (2026年4月2日 星期四 09:58 in a byline bar). Returns the statement as written; reading it
 * is the cleaner's job ({@code MetadataExtractor.publishedAtIn}).
 */
final class PublicationMarkup {

    /** In order of trust: standards first, then names portals use. */
    private static final List<String> META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[property=og:article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=PubDate]", "meta[name=publish_date]", "meta[name=dc.date.issued]",
            "meta[name=DC.date.issued]", "meta[name=dcterms.created]", "meta[name=date]");
    private static final Pattern JSON_LD_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    /** A full date: year, month and day, as a portal's byline bar prints it. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "\\d{4}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号號]|[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d))");
    /** A byline bar is short; a paragraph that mentions a date is not one. */
    private static final int DATE_LINE_MAX = 80;
    /** Where a date line is not the page's own: lists of other articles, site chrome, links. */
    private static final Set<String> NOT_OWN = Set.of("nav", "footer", "aside", "li", "a", "script", "style",
            "noscript", "option", "form");
    private static final Set<String> PARAGRAPHS = Set.of("p", "blockquote");
    /** Class and id names of blocks that list other articles or hold site chrome. */
    private static final Pattern CHROME = Pattern.compile(
            "(?<![a-z])(?:side|related|recommend|rank|hot|comment|footer|nav|menu|list)", Pattern.CASE_INSENSITIVE);

    private PublicationMarkup() {
    }

    /** @return the page's statement of its publication time, or null */
    static String find(Document page) {
        for (String selector : META) {
            Element meta = page.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            Matcher published = JSON_LD_PUBLISHED.matcher(script.data());
            if (published.find()) {
                return published.group(1);
            }
        }
        Element marked = page.selectFirst("[itemprop=datePublished]");
        if (marked != null) {
            String stated = marked.hasAttr("datetime") ? marked.attr("datetime") : marked.text();
            if (!stated.isBlank()) {
                return stated.strip();
            }
        }
        for (Element time : page.select("time[datetime]")) {
            if (own(time) && !time.attr("datetime").isBlank()) {
                return time.attr("datetime").strip();
            }
        }
        return dateLine(page);
    }

    /**
     * The first short element of the page's own whose text holds a full date, outside every paragraph, widened to
     * the short line around it: date and time are often separate spans of one byline bar.
     */
    private static String dateLine(Document page) {
        if (page.body() == null) {
            return null;
        }
        for (Element element : page.body().getAllElements()) {
            String text = element.ownText().strip();
            if (text.isEmpty() || !FULL_DATE.matcher(text).find()) {
                continue;
            }
            if (element.text().strip().length() <= DATE_LINE_MAX && own(element) && !inParagraph(element)) {
                Element line = element;
                while (line.parent() != null && line.parent() != page.body()
                        && line.parent().text().strip().length() <= DATE_LINE_MAX) {
                    line = line.parent();
                }
                return spaced(line);
            }
        }
        return null;
    }

    /** The element's text with a space between its text nodes: 2026-04-02 and 21:07 in two spans stay apart. */
    private static String spaced(Element line) {
        StringJoiner text = new StringJoiner(" ");
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode piece && !piece.isBlank()) {
                text.add(piece.text().strip());
            }
        }, line);
        return text.toString();
    }

    private static boolean own(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (NOT_OWN.contains(at.normalName())
                    || CHROME.matcher(at.id() + " " + at.className()).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inParagraph(Element element) {
        for (Element at = element; at != null; at = at.parent()) {
            if (PARAGRAPHS.contains(at.normalName())) {
                return true;
            }
        }
        return false;
    }
}
