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
