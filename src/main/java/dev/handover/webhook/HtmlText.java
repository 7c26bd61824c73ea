package dev.handover.webhook;

import java.util.regex.Pattern;

/** The readable text of an HTML email body, so that the detectors see what the customer wrote, not markup. */
final class HtmlText {

    private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>");
    private static final Pattern QUOTED_REPLY = Pattern.compile("(?is)<blockquote.*");
    private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/tr|/h\\d)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    private HtmlText() {
    }

    static String of(String html) {
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String text = QUOTED_REPLY.matcher(DROPPED.matcher(html).replaceAll(" ")).replaceAll(" ");
        text = TAG.matcher(BREAK.matcher(text).replaceAll("\n")).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").replaceAll(" *\n[ \n]*", "\n").strip();
    }
}
