package dev.handover.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Invokes the function through Quarkus's mock Lambda event server, as the Lambda runtime would. */
public final class Lambda {

    private Lambda() {
    }

    /** The function's HTTP answer: the status it chose and its parsed JSON body. */
    public record Reply(int status, JsonNode body) {

        /** "action=status" of every action reported, in order. */
        public java.util.List<String> actionStatuses() {
            java.util.List<String> result = new java.util.ArrayList<>();
            body.get("actions").forEach(a -> result.add(a.get("action").asText() + "=" + a.get("status").asText()));
            return result;
        }

        public java.time.Instant pausedUntil() {
            return java.time.Instant.parse(body.get("pausedUntil").asText());
        }
    }

    /** Sends a signed HighLevel webhook and requires a 200. */
    public static Reply accepted(com.fasterxml.jackson.databind.node.ObjectNode body) {
        Reply reply = invoke(Webhooks.signedEvent(body));
        org.assertj.core.api.Assertions.assertThat(reply.status()).as("status of %s", body).isEqualTo(200);
        return reply;
    }

    public static Reply invoke(String eventJson) {
        String output = given().contentType("application/json").body(eventJson)
                .when().post()
                .then().statusCode(200)
                .extract().asString();
        try {
            JsonNode response = Webhooks.JSON.readTree(output);
            return new Reply(response.get("statusCode").asInt(), Webhooks.JSON.readTree(response.get("body").asText()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("the function's output is not an API Gateway v2 response: " + output, e);
        }
    }
}
