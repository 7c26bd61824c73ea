package dev.handover.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and checks a bot's {@code forwardTo}, the webhook the function forwards the customer messages the bot should
 * answer to. It must be {@code https} (plain {@code http} only to a loopback address, for local runs and tests),
 * absolute, and carry no credentials: the forward is authenticated by its HMAC signature, and a URL is shown in
 * consoles and logs.
 */
final class ForwardTarget {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** Query parameter names that carry a credential by convention. */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i).*(token|secret|password|passwd|pwd|key|auth|signature|sig|credential).*");

    private ForwardTarget() {
    }

    /**
     * The bot's {@code forwardTo}: a URL, or {@code env:NAME} to read it from the environment. A gate needs the
     * bot's {@code eventSecret}, which signs every forward, and cannot be in shadow mode, which forwards nothing (its
     * bot would receive no message at all).
     *
     * @param environment resolves {@code env:NAME}
     * @param problems told each rule the value breaks, as (field, rule); the value is then empty
     */
    static Optional<URI> read(BotsDocument.Bot bot, Function<String, String> environment,
            BiConsumer<String, String> problems) {
        String value = bot.forwardTo();
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        boolean signed = bot.eventSecret() != null && !bot.eventSecret().isBlank();
        boolean shadow = Boolean.TRUE.equals(bot.shadow());
        if (!signed) {
            problems.accept("forwardTo", "needs the bot's eventSecret, which signs every forwarded message");
        }
        if (shadow) {
            problems.accept("forwardTo", "cannot be combined with shadow: true (shadow mode forwards nothing, so the "
                    + "bot behind the function would receive no message); drop forwardTo while the bot is in shadow "
                    + "mode");
        }
        String text = value.strip();
        if (text.startsWith("env:")) {
            String resolved = environment.apply(text.substring(4));
            if (resolved == null || resolved.isBlank()) {
                problems.accept("forwardTo", "refers to environment variable " + text.substring(4)
                        + ", which is not set");
                return Optional.empty();
            }
            text = resolved.strip();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // The reason names the position, never the text: it could hold a credential.
            problems.accept("forwardTo", "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
            return Optional.empty();
        }
        List<String> broken = check(uri);
        broken.forEach(rule -> problems.accept("forwardTo", rule));
        return broken.isEmpty() && signed && !shadow ? Optional.of(uri) : Optional.empty();
    }

    private static List<String> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return List.of("must be an absolute https URL with a host");
        }
        if (uri.getRawUserInfo() != null) {
            return List.of("must not carry credentials (user:password@): the forward is signed with the bot's "
                    + "eventSecret, and a URL is shown in consoles and logs");
        }
        if (uri.getRawFragment() != null) {
            return List.of("must not have a fragment (#...)");
        }
        if (uri.getRawQuery() != null && queryNames(uri.getRawQuery()).stream()
                .anyMatch(name -> CREDENTIAL_PARAMETER.matcher(name).matches())) {
            return List.of("must not carry a credential in its query: the forward is signed with the bot's "
                    + "eventSecret, and a URL is shown in consoles and logs");
        }
        boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (scheme.equals("https") || (scheme.equals("http") && loopback)) {
            return List.of();
        }
        return List.of(scheme.equals("http") ? "must use https (plain http only to a loopback address, for local "
                + "runs)" : "must be an https URL (found scheme '" + scheme + "')");
    }

    private static List<String> queryNames(String query) {
        return Arrays.stream(query.split("&")).map(pair -> pair.split("=", 2)[0]).toList();
    }
}
