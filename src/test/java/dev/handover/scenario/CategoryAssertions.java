package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assertions the batch category tests share: a wording detected with its reason, or a look-alike left alone.
 * Each message carries the detector's reason, so a failure says which rule fired.
 */
final class CategoryAssertions {

    private static final BotFallbackDetector FALLBACK = new BotFallbackDetector();
    private static final FeedbackDetector FEEDBACK = new FeedbackDetector();
    private static final ContactRequestDetector CONTACT = new ContactRequestDetector();
    private static final FrustrationDetector FRUSTRATION = new FrustrationDetector();

    private CategoryAssertions() {
    }

    static void assertFallback(String botText, String reasonPrefix) {
        assertMatched(botText, FALLBACK.detect(botText), reasonPrefix);
    }

    static void assertNoFallback(String botText) {
        assertNotMatched(botText, FALLBACK.detect(botText));
    }

    /** None of the named fallback rules fired: a look-alike of those rules, whatever the model makes of it. */
    static void assertFallbackReasonLacks(String botText, String... ruleNames) {
        assertThat(FALLBACK.detect(botText).reason()).as(botText).doesNotContain(ruleNames);
    }

    /** A contact request, judged against the bot's default examples as the corpus tests judge it. */
    static void assertContact(String message, String reasonPrefix) {
        assertMatched(message, contact(message), reasonPrefix);
    }

    /** A contact request whatever rule finds it. */
    static void assertContact(String message) {
        assertMatched(message, contact(message), "");
    }

    static void assertNoContact(String message) {
        assertNotMatched(message, contact(message));
    }

    static void assertFeedback(String message, Feedback expected, String reasonPrefix) {
        FeedbackDetection detection = FEEDBACK.classify(message);
        assertThat(detection.feedback()).as(message + " -> " + detection.reason()).isEqualTo(expected);
        assertThat(detection.reason()).as(message).startsWith(reasonPrefix);
    }

    /** The feedback a reply carries, whatever rule finds it. */
    static void assertFeedback(String message, Feedback expected) {
        assertFeedback(message, expected, "");
    }

    static void assertNotFeedback(String message, Feedback unexpected) {
        FeedbackDetection detection = FEEDBACK.classify(message);
        assertThat(detection.feedback()).as(message + " -> " + detection.reason()).isNotEqualTo(unexpected);
    }

    /** None of the named rules fired on the reply: a look-alike of those rules, whatever else it may be. */
    static void assertFeedbackReasonLacks(String message, String... ruleNames) {
        assertThat(FEEDBACK.classify(message).reason()).as(message).doesNotContain(ruleNames);
    }

    /** Frustration by the whole detector (rules, then the model), with its exact reason. */
    static void assertFrustrated(String message, String reason) {
        Detection detection = FRUSTRATION.detect(message);
        assertThat(detection.matched()).as(message + " -> " + detection.reason()).isTrue();
        assertThat(detection.reason()).as(message).isEqualTo(reason);
    }

    static void assertCalm(String message) {
        assertNotMatched(message, FRUSTRATION.detect(message));
    }

    /** Calm by the whole detector, with the exact reason it gives for staying calm. */
    static void assertCalm(String message, String reason) {
        Detection detection = FRUSTRATION.detect(message);
        assertNotMatched(message, detection);
        assertThat(detection.reason()).as(message).isEqualTo(reason);
    }

    /** Frustration by the rules alone: the batch tests judge the rules, as the model only ever adds to them. */
    static void assertFrustratedByRules(String message, String reasonPrefix) {
        assertMatched(message, FRUSTRATION.byRules(message), reasonPrefix);
    }

    static void assertFrustratedByRules(String message) {
        assertMatched(message, FRUSTRATION.byRules(message), "");
    }

    static void assertCalmByRules(String message, String reasonPrefix) {
        Detection detection = FRUSTRATION.byRules(message);
        assertNotMatched(message, detection);
        assertThat(detection.reason()).as(message).startsWith(reasonPrefix);
    }

    static void assertCalmByRules(String message) {
        assertNotMatched(message, FRUSTRATION.byRules(message));
    }

    private static Detection contact(String message) {
        return CONTACT.detect(message, ContactRequestCorpusTest.DEFAULT_EXAMPLES);
    }

    private static void assertMatched(String text, Detection detection, String reasonPrefix) {
        assertThat(detection.matched()).as(text + " -> " + detection.reason()).isTrue();
        assertThat(detection.reason()).as(text).startsWith(reasonPrefix);
    }

    private static void assertNotMatched(String text, Detection detection) {
        assertThat(detection.matched()).as(text + " -> " + detection.reason()).isFalse();
    }
}
