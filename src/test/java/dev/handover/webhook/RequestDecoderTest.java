package dev.handover.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import dev.handover.support.TestConfigs;

class RequestDecoderTest {

    private static final int MAX_BODY = 262_144;
    private static final String BODY = "{\"type\":\"InboundMessage\",\"body\":\"Olá, ça va? 👋\"}";

    private final RequestDecoder decoder = new RequestDecoder(TestConfigs.defaultWebhook());

    @Test
    void plainBody_shouldBeReturnedAsUtf8Bytes() {
        RawRequest request = decoder.decode(event(BODY, false, "POST", Map.of()));

        assertThat(request.body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void base64Body_shouldBeDecodedToTheExactBytes() {
        byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);

        RawRequest request = decoder.decode(event(Base64.getEncoder().encodeToString(bytes), true, "POST", Map.of()));

        assertThat(request.body()).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "eyJh*", "e30=e30="})
    void base64Body_malformed_shouldBeBadBase64(String body) {
        assertRejected(event(body, true, "POST", Map.of()), 400, "bad_base64");
    }

    @Test
    void plainBody_oneByteOverTheLimit_shouldBeTooLarge() {
        assertRejected(event("a".repeat(MAX_BODY + 1), false, "POST", Map.of()), 400, "body_too_large");
    }

    @Test
    void plainBody_exactlyAtTheLimit_shouldBeAccepted() {
        assertThat(decoder.decode(event("a".repeat(MAX_BODY), false, "POST", Map.of())).body()).hasSize(MAX_BODY);
    }

    @Test
    void plainBody_multiByteCharactersOverTheLimitInBytes_shouldBeTooLarge() {
        // 150 000 characters, but 300 000 UTF-8 bytes: the limit is on bytes
        assertRejected(event("é".repeat(150_000), false, "POST", Map.of()), 400, "body_too_large");
    }

    @Test
    void base64Body_decodingToOneByteOverTheLimit_shouldBeTooLarge() {
        String encoded = Base64.getEncoder().encodeToString(new byte[MAX_BODY + 1]);

        assertRejected(event(encoded, true, "POST", Map.of()), 400, "body_too_large");
    }

    @Test
    void base64Body_hugeEncodedText_shouldBeTooLargeBeforeDecoding() {
        assertRejected(event("A".repeat(2_000_000), true, "POST", Map.of()), 400, "body_too_large");
    }

    @Test
    void base64Body_invalidUtf8Bytes_shouldBeNotUtf8() {
        // "{" 0xC3 0x28 "}" : 0xC3 starts a two-byte sequence that 0x28 does not continue
        byte[] invalid = {0x7b, (byte) 0xc3, 0x28, 0x7d};

        assertRejected(event(Base64.getEncoder().encodeToString(invalid), true, "POST", Map.of()), 400, "not_utf8");
    }

    @Test
    void base64Body_overlongEncoding_shouldBeNotUtf8() {
        // 0xC0 0xAF is an overlong "/", forbidden in UTF-8
        byte[] overlong = {0x7b, (byte) 0xc0, (byte) 0xaf, 0x7d};

        assertRejected(event(Base64.getEncoder().encodeToString(overlong), true, "POST", Map.of()), 400, "not_utf8");
    }

    @Test
    void body_empty_shouldBeRejected() {
        assertRejected(event("", false, "POST", Map.of()), 400, "empty_body");
        assertRejected(event(null, false, "POST", Map.of()), 400, "empty_body");
        assertRejected(null, 400, "empty_body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
    void method_otherThanPost_shouldBeMethodNotAllowed(String method) {
        assertRejected(event(BODY, false, method, Map.of()), 405, "method_not_allowed");
    }

    @Test
    void method_getWithoutBody_shouldBeMethodNotAllowed() {
        // A browser or health check calling the Function URL sends a GET without body: the method is what is wrong
        assertRejected(event(null, false, "GET", Map.of()), 405, "method_not_allowed");
    }

    @Test
    void method_postInLowerCase_shouldBeAccepted() {
        assertThat(decoder.decode(event(BODY, false, "post", Map.of())).body()).isNotEmpty();
    }

    @Test
    void requestContext_missing_shouldStillDecodeTheBody() {
        APIGatewayV2HTTPEvent event = event(BODY, false, null, Map.of());
        event.setRequestContext(null);

        assertThat(decoder.decode(event).body()).isEqualTo(BODY.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headers_shouldBeLowerCasedAndNullsDropped() {
        Map<String, String> headers = new HashMap<>();
        headers.put("X-GHL-Signature", "sig-1");
        headers.put("Content-Type", "application/json");
        headers.put("X-Empty", null);

        RawRequest request = decoder.decode(event(BODY, false, "POST", headers));

        assertThat(request.headers()).containsOnly(
                Map.entry("x-ghl-signature", "sig-1"),
                Map.entry("content-type", "application/json"));
        assertThat(request.header("x-ghl-signature")).contains("sig-1");
    }

    @Test
    void headers_missing_shouldGiveAnEmptyMap() {
        APIGatewayV2HTTPEvent event = event(BODY, false, "POST", Map.of());
        event.setHeaders(null);

        assertThat(decoder.decode(event).headers()).isEmpty();
    }

    @Test
    void maxBodyBytes_configured_shouldBeHonoured() {
        RequestDecoder small = new RequestDecoder(TestConfigs.webhook(java.time.Duration.ofMinutes(5),
                java.time.Duration.ofMinutes(1), 10));

        assertThat(small.decode(event("0123456789", false, "POST", Map.of())).body()).hasSize(10);
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class,
                () -> small.decode(event("0123456789A", false, "POST", Map.of())));
        assertThat(rejection).isNotNull();
        assertThat(rejection.error()).isEqualTo("body_too_large");
        assertThat(rejection.detail()).contains("10 bytes");
    }

    private void assertRejected(APIGatewayV2HTTPEvent event, int status, String error) {
        WebhookRejectedException rejection = catchThrowableOfType(WebhookRejectedException.class,
                () -> decoder.decode(event));
        assertThat(rejection).as("the request must be refused").isNotNull();
        assertThat(rejection.status()).isEqualTo(status);
        assertThat(rejection.error()).isEqualTo(error);
        assertThat(rejection.detail()).isNotBlank();
    }

    private static APIGatewayV2HTTPEvent event(String body, boolean base64, String method, Map<String, String> headers) {
        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(method);
        http.setPath("/");
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setBody(body);
        event.setIsBase64Encoded(base64);
        event.setHeaders(headers);
        event.setRequestContext(context);
        return event;
    }
}
