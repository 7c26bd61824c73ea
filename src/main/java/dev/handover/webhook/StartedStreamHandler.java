package dev.handover.webhook;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import io.quarkus.runtime.Quarkus;

/**
 * The JVM handler ({@code dev.handover.webhook.StartedStreamHandler::handleRequest} on the {@code java17}+ runtimes):
 * Quarkus's own handler starts the application on the first invocation, so a broken configuration (a bots document
 * that breaks a rule, a missing fingerprint salt) would fail that request, not the init. Starting it here, when the
 * runtime creates the handler during init, makes such a function report an init error at once, like the native
 * build, and moves start-up into the init phase. {@code manualStart} is idempotent: the first invocation finds the
 * application started.
 */
public class StartedStreamHandler extends QuarkusStreamHandler {

    public StartedStreamHandler() {
        super();
        Quarkus.manualStart();
    }
}
