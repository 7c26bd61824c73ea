package dev.handover.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The WireMock that plays the bots' webhooks (see {@link BotWebhookResource}), and its request journal. */
public final class BotWebhook {

    public static final String PATH = "/bot/hook";

    private final WireMock wireMock = new WireMock("127.0.0.1", Integer.getInteger(BotWebhookResource.BOT_PORT));

    /** Forgets stubs and requests; the hook answers 202, anything else 404. */
    public void reset() {
        wireMock.resetMappings();
        wireMock.resetRequests();
        wireMock.register(any(anyUrl()).atPriority(100).willReturn(aResponse().withStatus(404)));
        answers(aResponse().withStatus(202));
    }

    /** Makes the hook answer so from now on. */
    public void answers(ResponseDefinitionBuilder response) {
        wireMock.register(hook().atPriority(10).willReturn(response));
    }

    public void register(MappingBuilder mapping) {
        wireMock.register(mapping);
    }

    public static MappingBuilder hook() {
        return post(urlPathEqualTo(PATH));
    }

    public List<LoggedRequest> requests() {
        return wireMock.find(WireMock.anyRequestedFor(anyUrl())).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }
}
