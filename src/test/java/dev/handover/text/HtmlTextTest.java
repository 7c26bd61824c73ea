package dev.handover.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The readable text of HTML email bodies. Anyone can email a business, and HighLevel signs and forwards the body:
 * hostile HTML must be read in time linear in its size.
 */
class HtmlTextTest {

    @Test
    void ordinaryEmail_shouldKeepTheTextAndDropMarkupScriptsAndQuotes() {
        String html = "<html><head><title>Re: booking</title><style>p{color:red}</style></head><body>"
                + "<p>Hi,</p><div>I want to talk to a <b>human</b>&nbsp;please &amp; thanks</div>"
                + "<script>alert(1)</script><blockquote>On Monday you wrote: talk to agent</blockquote></body></html>";

        assertThat(HtmlText.of(html)).isEqualTo("Hi,\nI want to talk to a human please & thanks");
    }

    @Test
    void unclosedScriptOrStyle_shouldHideTheRest_asABrowserDoes_butAnUnclosedHeadOnlyItsTag() {
        assertThat(HtmlText.of("<p>Call me</p><script>steal(document.cookie); more()")).isEqualTo("Call me");
        assertThat(HtmlText.of("<p>Call me</p><style>p { color: red }")).isEqualTo("Call me");
        assertThat(HtmlText.of("<head><title>Re: hi</title><body>Call me")).isEqualTo("Re: hi Call me");
    }

    @Test
    void nestedScripts_shouldEndAtTheFirstClosing_asABrowserReadsThem() {
        // a script's text ends at its first </script>, whatever opened inside it; the rest is the page's text
        String html = "<p>Hi</p><script>var a = '<script>';</script>there<script><script>x()</script>again</script>"
                + "<style><script>p{}</style>!";

        assertThat(HtmlText.of(html)).isEqualTo("Hi\nthere again !");
    }

    @Test
    void unclosedTagAtTheEnd_shouldBeDropped_butALoneLessThanKept() {
        assertThat(HtmlText.of("<div>Please call me</div><img src='x' onerror='alert(1)'")).isEqualTo(
                "Please call me");
        assertThat(HtmlText.of("<p>I <3 you, 2 < 3</p>")).isEqualTo("I <3 you, 2 < 3");
        assertThat(HtmlText.of("<p>Reply here<!-- a comment that never ends")).isEqualTo("Reply here");
    }

    @Test
    void entitiesAndBreaks_shouldReadAsTheCustomerSawThem() {
        String html = "<p>It&#8217;s &eacute;t&eacute; &mdash; caf&eacute;&nbsp;&amp;&nbsp;cr&egrave;me</p>"
                + "<p>Line&nbsp;two<br/>line three &amp;lt;tag&amp;gt; &unknown; &#0;</p>";

        assertThat(HtmlText.of(html)).isEqualTo("It’s été — café & crème\nLine two\nline three &lt;tag&gt; "
                + "&unknown; \uFFFD");
    }

    @Test
    void hugeEmail_shouldBeReadInLinearTime() {
        // GIVEN 6 MB of an ordinary email's markup: styled paragraphs, entities, a script every few
        String html = "<html><head><style>p{margin:0}</style></head><body>"
                + "<p style='color:#333'>Line &amp; more&nbsp;text&#8217;s</p><script>x()</script>".repeat(80_000);

        long started = System.nanoTime();
        String text = HtmlText.of(html);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("%d chars took %d ms", html.length(), took.toMillis()).isLessThan(Duration.ofSeconds(3));
        assertThat(text).startsWith("Line & more text’s\nLine & more text’s\n").hasSize(80_000 * 19 - 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unclosed style elements", "script openings without '>'", "lone '<'",
        "break openings without '>'", "style openings before one closing", "head openings, style closing",
        "header elements", "tags then a closing of another element"})
    void hostileHtmlOfAlmostTheBodyLimit_shouldBeReadInLinearTime(String name) {
        // GIVEN about 200 KB of HTML that makes backtracking regexes scan to the end from every '<'
        String html = hostile(name, 200_000);

        // WHEN its text is read
        long started = System.nanoTime();
        HtmlText.of(html);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // THEN in well under a second per 200 KB (it took from seconds to minutes with the backtracking regexes)
        assertThat(took).as(name + " (" + html.length() + " chars) took " + took.toMillis() + " ms")
                .isLessThan(Duration.ofSeconds(2));
        // AND, at a size the regex definition can still read, to the same text
        String small = hostile(name, 2_000);
        assertThat(HtmlText.of(small)).isEqualTo(Reference.of(small));
    }

    /** About {@code size} characters of the named hostile HTML. */
    private static String hostile(String name, int size) {
        return switch (name) {
            case "unclosed style elements" -> "<style>".repeat(size / 7);
            case "script openings without '>'" -> "<script".repeat(size / 7);
            case "lone '<'" -> "<".repeat(size);
            case "break openings without '>'" -> "<br".repeat(size / 3);
            case "style openings before one closing" -> "<style".repeat(size / 6) + "</style>";
            case "head openings, style closing" -> "<head>".repeat(size / 6) + "</style>";
            case "header elements" -> "<header>x".repeat(size / 9);
            default -> "<p>a</p><script>".repeat(size / 16) + "</style>";
        };
    }

    @Test
    void randomHtml_shouldReadAsTheRegexDefinitionDoes() {
        // GIVEN random HTML-ish text made of the fragments the rules look for
        String[] fragments = {"<", ">", "/", "script", "style", "head", "header", "SCRIPT", "StYlE", "br", "BR", "p",
            "div", "li", "tr", "h1", "h7", "hx", "blockquote", "&nbsp;", "&lt;", "&gt;", "&amp;", "&quot;", "&#39;",
            "&apos;", " ", "  ", "\n", "\t", "\r", "\f", "a", "x", "</script>", "</style>", "</head>", "</HEAD>",
            "<br>", "<p>", "</p>", "<script>", "<style type='text/css'>", "<head>", "=", "\"", "ſ", "K", "<b", "<!",
            "<3", "</", "&#8217;", "&eacute;", "&#x41;", "&#0;", "&amp", "&", "#", ";"};
        long seed = System.nanoTime();
        Random random = new Random(seed);

        for (int i = 0; i < 30_000; i++) {
            StringBuilder html = new StringBuilder();
            int count = random.nextInt(40);
            for (int j = 0; j < count; j++) {
                html.append(fragments[random.nextInt(fragments.length)]);
            }

            // THEN the text is the one of the regex definition, which this replaces only for speed
            assertThat(HtmlText.of(html.toString())).as("seed %d, html %s", seed, html)
                    .isEqualTo(Reference.of(html.toString()));
        }
    }

    /** The regex definition of the readable text: quadratic on hostile input, so only a reference. */
    static final class Reference {

        private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style|head)[^>]*>.*?</\\1>");
        private static final Pattern UNCLOSED = Pattern.compile("(?is)<(script|style)[^>]*>.*");
        private static final Pattern UNCLOSED_TAG = Pattern.compile("(?s)<[A-Za-z/!].*");
        private static final Pattern QUOTED_REPLY = Pattern.compile("(?is)<blockquote.*");
        private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/tr|/h\\d)[^>]*>");
        private static final Pattern TAG = Pattern.compile("<[^>]*>");
        private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");

        static String of(String html) {
            if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
                return html;
            }
            String text = UNCLOSED.matcher(DROPPED.matcher(html).replaceAll(" ")).replaceFirst(" ");
            text = QUOTED_REPLY.matcher(text).replaceAll(" ");
            text = TAG.matcher(BREAK.matcher(text).replaceAll("\n")).replaceAll(" ");
            text = UNCLOSED_TAG.matcher(text).replaceFirst(" ");
            text = HtmlEntities.decode(text); // tested on its own in HtmlEntitiesTest
            return SPACES.matcher(text).replaceAll(" ").replaceAll(" *\n[ \n]*", "\n").strip();
        }
    }
}
