package dev.handover.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes the character references mail programs write: numeric ones ({@code &#8217;}, {@code &#x2019;}), the
 * Latin-1 names ({@code &eacute;}, {@code &iquest;}, {@code &nbsp;}) and the common punctuation names ({@code
 * &rsquo;}, {@code &mdash;}, {@code &hellip;}, {@code &euro;}). Written by hand because no library on the
 * function's classpath decodes them outside a deprecated API (commons-lang3's {@code StringEscapeUtils}, there only
 * by way of another dependency). A reference it does not know, or without its {@code ;}, stays as written. One pass,
 * so {@code &amp;lt;} is {@code &lt;}, and linear: each {@code &} looks at most {@value #LONGEST} characters ahead.
 */
final class HtmlEntities {

    /** The longest reference read: {@code #x10FFFF} and every name of the table fit. */
    private static final int LONGEST = 10;
    private static final int MAX_CODE_POINT = 0x10FFFF;
    /** The names of U+00A0 to U+00FF, in order (HTML 4's Latin-1 set). */
    private static final String[] LATIN_1 = (
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 "
            + "sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc "
            + "Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve "
            + "Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute "
            + "acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde "
            + "ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");
    /**
     * What browsers read {@code &#128;} to {@code &#159;} as: windows-1252, which old mail programs wrote numerically
     * ({@code &#146;} for an apostrophe). The five codes windows-1252 leaves unassigned stay themselves.
     */
    private static final String WINDOWS_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private static final Map<String, String> NAMES = names();

    private HtmlEntities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
            int end = semicolon(text, amp + 1);
            if (end < 0) {
                continue;
            }
            String decoded = reference(text.substring(amp + 1, end));
            if (decoded == null) {
                continue;
            }
            out.append(text, copied, amp).append(decoded);
            copied = end + 1;
            amp = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Where the {@code ;} ending a reference that starts at {@code from} is, if it is near enough; -1 otherwise. */
    private static int semicolon(String text, int from) {
        int last = Math.min(text.length(), from + LONGEST + 1);
        for (int i = from; i < last; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }

    /** The text of {@code &reference;}, or null when it is not one this knows. */
    private static String reference(String reference) {
        if (!reference.startsWith("#")) {
            return NAMES.get(reference);
        }
        boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
        String digits = reference.substring(hex ? 2 : 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> (c >= '0' && c <= '9')
                || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))))) {
            return null;
        }
        long value = Long.parseLong(digits, hex ? 16 : 10); // at most 9 digits: no overflow
        return character(value);
    }

    /** A numeric reference as browsers read it: nothing there is an error, U+FFFD stands for what cannot be. */
    private static String character(long value) {
        if (value == 0 || value > MAX_CODE_POINT || (value >= Character.MIN_SURROGATE
                && value <= Character.MAX_SURROGATE)) {
            return "\uFFFD";
        }
        int codePoint = (int) value;
        if (codePoint >= 0x80 && codePoint <= 0x9F) {
            return String.valueOf(WINDOWS_1252.charAt(codePoint - 0x80));
        }
        return codePoint == 0xA0 ? " " : codePoint == 0xAD ? "" : Character.toString(codePoint);
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < LATIN_1.length; i++) {
            names.put(LATIN_1[i], String.valueOf((char) (0xA0 + i)));
        }
        // A space the text's spaces collapse with; a soft hyphen only shows where a word is broken.
        names.put("nbsp", " ");
        names.put("shy", "");
        String[] others = {"amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "ndash", "–", "mdash", "—",
            "lsquo", "‘", "rsquo", "’", "sbquo", "‚", "ldquo", "“", "rdquo", "”", "bdquo", "„", "lsaquo", "‹",
            "rsaquo", "›", "hellip", "…", "bull", "•", "prime", "′", "Prime", "″", "dagger", "†", "Dagger", "‡",
            "permil", "‰", "trade", "™", "euro", "€", "OElig", "Œ", "oelig", "œ", "Scaron", "Š", "scaron", "š",
            "Yuml", "Ÿ", "fnof", "ƒ", "circ", "ˆ", "tilde", "˜", "ensp", " ", "emsp", " ", "thinsp", " ",
            "zwnj", "", "zwj", "", "lrm", "", "rlm", ""};
        for (int i = 0; i < others.length; i += 2) {
            names.put(others[i], others[i + 1]);
        }
        return Map.copyOf(names);
    }
}
