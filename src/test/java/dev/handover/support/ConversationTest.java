package dev.handover.support;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

/**
 * What every end-to-end test starts from: the clock at the real time, the CRM stubs fresh and its journal empty, and
 * a conversation and contact no other test uses.
 */
public abstract class ConversationTest {

    @Inject
    protected TestClock clock;

    protected Crm crm;
    protected String conversation;
    protected String contact;

    @BeforeEach
    void freshConversation() {
        clock.reset();
        crm = new Crm();
        crm.reset();
        conversation = "conv-" + UUID.randomUUID();
        contact = "contact-" + UUID.randomUUID();
    }
}
