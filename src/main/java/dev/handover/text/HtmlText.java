package dev.handover.text;

import java.util.regex.Pattern;

/**
 * The readable text of an HTML email body, so that the detectors, and the person reading a handover's task, see what
 * was written, not markup: tags dropped, scripts, styles, the head and quoted replies with their content, entities
 * decoded ({@link HtmlEntities}), spaces collapsed, a line break for {@code <br>} and the end of a paragraph, division,
 * list item, table row or heading. Anyone can email a business and HighLevel signs what it forwards, so the body may
 * be hostile: every step is linear in its size. A regex that starts at every {@code <} and scans on for a {@code >}
 * or a closing tag that never comes is quadratic (200 KB of {@code <} took minutes), so elements are dropped by a
 * scan, and tags are only looked for up to the last {@code >}.
 */
public final class HtmlText {

    /**
     * Elements dropped with their content, as {@code (?is)<(script|style|head)[^>]*>.*?</\\1>} would; an unclosed
     * script or style to the end, as {@code (?is)<(script|style)[^>]*>.*} would then.
     */
    private static final String[] DROPPED = {"script", "style", "head"};
    private static final int HEAD = 2;
    private static final Pattern QUOTED_REPLY = Pattern.compile("(?is)<blockquote.*");
    private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/tr|/h\\d)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private HtmlText() {
    }

    public static String of(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String text = QUOTED_REPLY.matcher(dropElements(html)).replaceAll(" ");
        text = dropUnclosedTag(replaceTags(TAG, replaceTags(BREAK, text, "\n"), " "));
        text = HtmlEntities.decode(text);
        return SPACES.matcher(text).replaceAll(" ").replaceAll(" *\n[ \n]*", "\n").strip();
    }

    /**
     * Replaces the matches of a pattern of the form {@code <...[^>]*>}. Past the last {@code >} no such tag can end,
     * so the pattern is not run there; before it, every attempt ends at the next {@code >}.
     */
    private static String replaceTags(Pattern tag, String text, String replacement) {
        int end = text.lastIndexOf('>') + 1;
        return tag.matcher(text.substring(0, end)).replaceAll(replacement) + text.substring(end);
    }

    /**
     * Drops a tag the text ends in before its {@code >}, as a browser does, as {@code (?s)<[A-Za-z/!].*} would once
     * the closed tags are gone (every {@code <} left is then after the last {@code >}). A {@code <} before anything
     * else ({@code <3}, {@code a < b}) is text.
     */
    private static String dropUnclosedTag(String text) {
        for (int at = text.indexOf('<'); at >= 0 && at + 1 < text.length(); at = text.indexOf('<', at + 1)) {
            char next = text.charAt(at + 1);
            if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next == '/' || next == '!') {
                return text.substring(0, at) + " ";
            }
        }
        return text;
    }

    /** Replaces each script, style and head element, content included, with a space, in one pass. */
    private static String dropElements(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int copied = 0;
        int tagEnd = -1; // the first '>' after the current element name, reused while it is ahead
        int[] closing = {-2, -2, -2}; // per element: the next closing tag found (-1: none left, -2: not looked for)
        for (int at = html.indexOf('<'); at >= 0; ) {
            int element = elementAt(html, at + 1);
            if (element < 0) {
                at = html.indexOf('<', at + 1);
                continue;
            }
            int nameEnd = at + 1 + DROPPED[element].length();
            if (tagEnd < nameEnd) {
                tagEnd = html.indexOf('>', nameEnd);
                if (tagEnd < 0) {
                    break; // no tag can end from here on
                }
            }
            if (closing[element] == -2 || (closing[element] >= 0 && closing[element] <= tagEnd)) {
                closing[element] = closingTag(html, DROPPED[element], tagEnd + 1);
            }
            if (closing[element] < 0 && element == HEAD) {
                at = html.indexOf('<', at + 1); // unclosed: the body ends a head, so only the tag goes
                continue;
            }
            if (closing[element] < 0) {
                // An unclosed script or style holds the rest, as a browser reads it: none of it is text.
                text.append(html, copied, at).append(' ');
                copied = html.length();
                break;
            }
            text.append(html, copied, at).append(' ');
            copied = closing[element] + DROPPED[element].length() + 3;
            at = html.indexOf('<', copied);
        }
        return text.append(html, copied, html.length()).toString();
    }

    /** Which dropped element's name starts at {@code at}, ignoring ASCII case; -1 for none. */
    private static int elementAt(String html, int at) {
        for (int i = 0; i < DROPPED.length; i++) {
            if (asciiMatch(html, at, DROPPED[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Where the first {@code </name>} at or after {@code from} starts, ignoring ASCII case; -1 for none. */
    private static int closingTag(String html, String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (asciiMatch(html, at + 2, name) && html.startsWith(">", at + 2 + name.length())) {
                return at;
            }
        }
        return -1;
    }

    /** Whether {@code lowerCase} is at {@code at}, ignoring ASCII case only (as a regex's {@code (?i)}). */
    private static boolean asciiMatch(String text, int at, String lowerCase) {
        if (at < 0 || at + lowerCase.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = text.charAt(at + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
