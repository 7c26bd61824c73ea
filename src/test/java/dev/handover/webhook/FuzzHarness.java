package dev.handover.webhook;

import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import dev.handover.support.Crm;
import dev.handover.support.TestClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What both fuzz tests drive and read: the handler bean, the table and the CRM journal, with the clock reset and the
 * journal emptied before each test, so a test sees only the requests it sent itself.
 */
abstract class FuzzHarness {

    @Inject
    HandoverFunction function;

    @Inject
    TestClock clock;

    @Inject
    DynamoDbClient dynamo;

    Crm crm;
    Instant now;

    @BeforeEach
    void setUp() {
        clock.reset();
        now = clock.instant();
        crm = new Crm();
        crm.reset();
    }
}
