package dev.handover.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The character references of HTML mail, decoded once, as browsers read them; what is no reference stays. */
class HtmlEntitiesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Tom &amp; Jerry|Tom & Jerry",
        "&lt;b&gt; &quot;q&quot; &apos;a&#39;|<b> \"q\" 'a'",
        "&amp;lt; is written once|&lt; is written once",
        "caf&eacute; &Eacute;t&eacute; &ntilde; &szlig; &iquest;Qu&eacute;?|café Été ñ ß ¿Qué?",
        "It&rsquo;s &ldquo;fine&rdquo; &mdash; &hellip; &euro;5|It’s “fine” — … €5",
        "&#8217; &#x2019; &#X2019; &#x1F600;|’ ’ ’ 😀",
        "old Outlook&#146;s &#150; dash|old Outlook’s – dash",
        "a&nbsp;b&#160;c|`a b c`",
        "soft&shy;hyphen|softhyphen",
        "&#0; &#xD800; &#55357; &#1114112;|\uFFFD \uFFFD \uFFFD \uFFFD",
        "&amp no semicolon, & amp;, &#; &#x;|&amp no semicolon, & amp;, &#; &#x;",
        "&#xZZ; &#12a; &unknown; &AMP;|&#xZZ; &#12a; &unknown; &AMP;",
        "&#99999999999999; too long|&#99999999999999; too long",
        "&verylongnamex; &&amp;;|&verylongnamex; &&;"})
    void references_shouldBeDecodedOnce_andOthersKept(String text, String expected) {
        assertThat(HtmlEntities.decode(text)).isEqualTo(expected);
    }

    @Test
    void hostileAmpersands_shouldBeReadInLinearTime() {
        // GIVEN 2 MB of references that never end, or end too late to be one
        String html = "&".repeat(1_000_000) + "&#1234567890".repeat(50_000) + "&eacute".repeat(50_000);

        long started = System.nanoTime();
        String text = HtmlEntities.decode(html);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("took %d ms", took.toMillis()).isLessThan(Duration.ofSeconds(2));
        assertThat(text).isEqualTo(html);
    }
}
