package dev.handover.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The WireMock CRM of the tests, answering in the HighLevel API v2 shapes, and its request journal. */
public final class Crm {

    private final WireMock wireMock;

    public Crm() {
        this.wireMock = new WireMock("127.0.0.1", Integer.getInteger(HandoverTestResources.CRM_PORT));
    }

    public WireMock wireMock() {
        return wireMock;
    }

    /** Forgets stubs and requests and answers every handover endpoint with success. */
    public void reset() {
        wireMock.resetMappings();
        wireMock.resetRequests();
        wireMock.register(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)
                .withHeader("content-type", "application/json").withBody("{\"message\":\"no stub\"}")));
        contact(null);
        wireMock.register(put(urlPathMatching("/contacts/[^/]+")).willReturn(okJson("{\"succeded\":true,"
                + "\"contact\":{\"id\":\"c\"}}")));
        wireMock.register(post(urlPathMatching("/contacts/[^/]+/tasks")).willReturn(aResponse().withStatus(201)
                .withHeader("content-type", "application/json").withBody("{\"task\":{\"id\":\"task-1\","
                        + "\"title\":\"t\",\"completed\":false}}")));
        wireMock.register(post(urlPathMatching("/contacts/[^/]+/tags")).willReturn(aResponse().withStatus(201)
                .withHeader("content-type", "application/json").withBody("{\"tags\":[\"human_handover\"]}")));
        wireMock.register(delete(urlPathMatching("/contacts/[^/]+/tags")).willReturn(okJson("{\"tags\":[]}")));
        wireMock.register(get(urlPathMatching("/contacts/[^/]+/tasks")).willReturn(okJson("{\"tasks\":[]}")));
        wireMock.register(get(urlPathMatching("/conversations/[^/]+/messages")).willReturn(okJson(
                "{\"messages\":{\"lastMessageId\":null,\"nextPage\":false,\"messages\":[]}}")));
        wireMock.register(post(urlPathEqualTo("/conversations/messages")).willReturn(okJson(
                "{\"conversationId\":\"conv\",\"messageId\":\"message-1\",\"msg\":\"Message queued\"}")));
    }

    /** Hands every HighLevel endpoint to the stateful {@link FakeHighLevel}, which also injects faults. */
    public void useFakeHighLevel() {
        wireMock.resetMappings();
        wireMock.resetRequests();
        wireMock.register(any(urlPathMatching("/(contacts|conversations)/.*"))
                .willReturn(aResponse().withTransformers(FakeHighLevel.NAME)));
    }

    /** Makes {@code GET /contacts/{id}} return a contact with this owner (none when null). */
    public void contact(String assignedTo) {
        String owner = assignedTo == null ? "" : ",\"assignedTo\":\"" + assignedTo + "\"";
        wireMock.register(get(urlPathMatching("/contacts/[^/]+")).willReturn(okJson(
                "{\"contact\":{\"id\":\"c\",\"locationId\":\"" + Webhooks.LOCATION + "\",\"firstName\":\"Ana\"" + owner
                        + "}}")));
    }

    /** Makes {@code GET /conversations/search} find one conversation of the contact. */
    public void conversationFound(String conversationId, String lastMessageType) {
        wireMock.register(get(urlPathEqualTo("/conversations/search")).willReturn(okJson(
                "{\"conversations\":[{\"id\":\"" + conversationId + "\",\"contactId\":\"c\",\"locationId\":\"l\","
                        + "\"lastMessageType\":\"" + lastMessageType + "\",\"type\":\"TYPE_PHONE\"}],\"total\":1}")));
    }

    public List<LoggedRequest> requests() {
        return wireMock.find(WireMock.anyRequestedFor(anyUrl())).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    /** "METHOD path" of every request received, in order. */
    public List<String> calls() {
        return requests().stream().map(r -> r.getMethod().getName() + " " + r.getUrl()).toList();
    }
}
