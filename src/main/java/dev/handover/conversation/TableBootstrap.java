package dev.handover.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

import dev.handover.config.HandoverConfig;

/** Creates the table at start-up when configured to: local runs and tests, never in AWS, where SAM owns it. */
@ApplicationScoped
public class TableBootstrap {

    void onStart(@Observes StartupEvent event, HandoverConfig config, ConversationStore store) {
        if (config.table().createIfMissing()) {
            store.createTableIfMissing();
        }
    }
}
