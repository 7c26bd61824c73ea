package dev.handover.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Plays the webhooks of the bots behind the function: a WireMock on a free loopback port, which the bots document
 * {@code bots-forward-test.yaml} names as their {@code forwardTo}, given to the function as its bots document.
 */
public class BotWebhookResource implements QuarkusTestResourceLifecycleManager {

    /** System property that carries the bots' WireMock port to the tests, which run in another class loader. */
    public static final String BOT_PORT = "handovertest.bot-port";

    private WireMockServer bot;

    @Override
    public Map<String, String> start() {
        bot = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(20));
        bot.start();
        System.setProperty(BOT_PORT, Integer.toString(bot.port()));
        try {
            String document = Files.readString(Path.of("src/test/resources/bots-forward-test.yaml"))
                    .replace("BOT_PORT", Integer.toString(bot.port()))
                    .replace("DEAD_PORT", Integer.toString(closedPort()));
            return Map.of("handover.bots.document", document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port that was free a moment ago and has nothing listening on it: connections are refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (bot != null) {
            bot.stop();
        }
    }
}
