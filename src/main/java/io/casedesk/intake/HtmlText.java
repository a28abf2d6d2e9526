package io.casedesk.intake;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML mail body into plain text with jsoup's parser (no pattern matching on markup):
 * scripts, styles and comments go, entities are decoded, block elements and {@code <br>} become line
 * breaks, a link keeps its target in brackets. The result is text, shown escaped like any other text.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "blockquote", "pre", "hr", "section", "article", "header", "footer", "dd", "dt");

    static String toText(String html) {
        var document = Jsoup.parse(html);
        document.select("script, style, head, template, noscript, object, iframe").remove();
        var out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.text();
                    if (!words.isBlank() || !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                        out.append(words);
                    }
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(element.normalName())) {
                        newLine(out);
                    } else if (element.normalName().equals("td") || element.normalName().equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (BLOCKS.contains(element.normalName())) {
                        newLine(out);
                    } else if (element.normalName().equals("a")) {
                        String href = element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
                        if (!href.isBlank() && !href.equals(element.text().strip())
                                && (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:"))) {
                            out.append(" <").append(href).append('>');
                        }
                    }
                }
            }
        }, document.body());
        return tidy(out.toString());
    }

    private static void newLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** Strips each line and keeps at most one empty line in a row. */
    static String tidy(String text) {
        var out = new StringBuilder();
        int emptyLines = 0;
        for (String line : text.lines().toList()) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                if (++emptyLines > 1 || out.isEmpty()) {
                    continue;
                }
            } else {
                emptyLines = 0;
            }
            out.append(stripped).append('\n');
        }
        return out.toString().strip();
    }

    private HtmlText() {
    }
}
