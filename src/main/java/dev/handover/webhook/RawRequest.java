package dev.handover.webhook;

import java.util.Map;
import java.util.Optional;

/**
 * The request as it came over the wire: the path (which input shape), the exact body bytes (signatures cover these)
 * and lower-cased headers.
 */
public record RawRequest(String path, byte[] body, Map<String, String> headers) {

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }
}
