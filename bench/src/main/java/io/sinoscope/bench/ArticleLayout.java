package io.sinoscope.bench;

import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Lays an article out as a file's text, the way the two kinds of saved news come: a plain-text export (headline
 * line, portal timestamp line, paragraphs) or a portal page whose article sits among header, navigation, a
 * related-articles list and a footer, the chrome ingest-service's extractor is there to drop. The headline comes
 * first in both, where ingest-service reads a title from (first line, {@code <h1>}), and the timestamp leads the
 * head, where it reads the publication time from.
 */
final class ArticleLayout {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The parts of one article; {@code body} holds one paragraph a line, its first opened by the dateline. */
    record Parts(String headline, ZonedDateTime published, String body, List<String> related) {
    }

    private ArticleLayout() {
    }

    static String plainText(Parts article) {
        return article.headline() + "\n" + TIMESTAMP.format(article.published()) + "\n" + article.body().strip()
                + "\n";
    }

    /** @param charsetLabel what {@code <meta charset>} declares, or null for a page that declares nothing */
    static String portalPage(Parts article, RegionalNewsroom newsroom, String charsetLabel) {
        String portal = newsroom.firstChrome("portal");
        StringBuilder page = new StringBuilder(article.body().length() + 2048);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(newsroom.region().htmlLanguage()).append("\">\n<head>\n");
        if (charsetLabel != null) {
            page.append("<meta charset=\"").append(charsetLabel).append("\">\n");
        }
        page.append("<title>").append(escape(article.headline())).append(" - ").append(escape(portal))
                .append("</title>\n</head>\n<body>\n<header><a href=\"/\">").append(escape(portal))
                .append("</a></header>\n<nav><ul>\n");
        List<String> menu = newsroom.chrome("nav");
        for (int i = 0; i < menu.size(); i++) {
            page.append("<li><a href=\"/section/").append(i).append("/\">").append(escape(menu.get(i)))
                    .append("</a></li>\n");
        }
        page.append("</ul></nav>\n<main>\n<article>\n<h1>").append(escape(article.headline())).append("</h1>\n")
                .append("<div class=\"meta\"><time>").append(TIMESTAMP.format(article.published())).append("</time> ")
                .append(escape(newsroom.firstChrome("source"))).append("</div>\n");
        article.body().strip().lines().forEach(paragraph -> page.append("<p>").append(escape(paragraph))
                .append("</p>\n"));
        page.append("</article>\n<aside class=\"related\">\n<h2>").append(escape(newsroom.firstChrome("related")))
                .append("</h2>\n<ul>\n");
        for (int i = 0; i < article.related().size(); i++) {
            page.append("<li><a href=\"/news/related-").append(i).append(".html\">")
                    .append(escape(article.related().get(i))).append("</a></li>\n");
        }
        page.append("</ul>\n</aside>\n</main>\n<footer><p>").append(escape(newsroom.firstChrome("footer")))
                .append("</p></footer>\n</body>\n</html>\n");
        return page.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
