package dev.handover.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import dev.handover.config.HandoverConfig;

/** Turns a Function URL / HTTP API event into the raw body bytes and headers, refusing what cannot be a webhook. */
@ApplicationScoped
public class RequestDecoder {

    private final int maxBodyBytes;

    public RequestDecoder(HandoverConfig config) {
        this.maxBodyBytes = config.webhook().maxBodyBytes();
    }

    public RawRequest decode(APIGatewayV2HTTPEvent event) {
        // The method first: a GET (browser, health check) has no body, and its problem is the method.
        String method = event == null || event.getRequestContext() == null || event.getRequestContext().getHttp() == null
                ? null : event.getRequestContext().getHttp().getMethod();
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            throw new WebhookRejectedException(405, "method_not_allowed", "webhooks are delivered with POST, not " + method);
        }
        if (event == null || event.getBody() == null || event.getBody().isEmpty()) {
            throw WebhookRejectedException.badRequest("empty_body", "the request has no body");
        }
        // A base64 body is 4/3 of its bytes: refuse an oversized one before decoding it.
        if (event.getBody().length() > maxBodyBytes * 4L / 3 + 4) {
            throw tooLarge();
        }
        byte[] body = event.getIsBase64Encoded() ? base64(event.getBody()) : event.getBody().getBytes(StandardCharsets.UTF_8);
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        requireUtf8(body);
        String path = event.getRawPath() == null || event.getRawPath().isEmpty() ? "/" : event.getRawPath();
        return new RawRequest(path, body, lowerCase(event.getHeaders()));
    }

    private WebhookRejectedException tooLarge() {
        return WebhookRejectedException.badRequest("body_too_large", "the body is larger than " + maxBodyBytes + " bytes");
    }

    private static byte[] base64(String body) {
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw WebhookRejectedException.badRequest("bad_base64", "isBase64Encoded is true but the body is not base64");
        }
    }

    private static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw WebhookRejectedException.badRequest("not_utf8", "the body is not valid UTF-8");
        }
    }

    private static Map<String, String> lowerCase(Map<String, String> headers) {
        Map<String, String> result = new HashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    result.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        return result;
    }
}
