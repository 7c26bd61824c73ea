package dev.handover.scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assertions the batch category tests share: a wording detected with its reason, or a look-alike left alone.
 * Each message carries the detector's reason, so a failure says which rule fired.
 */
final class CategoryAssertions {

    private static final BotFallbackDetector FALLBACK = new BotFallbackDetector();
    private static final FeedbackDetector FEEDBACK = new FeedbackDetector();

    private CategoryAssertions() {
    }

    static void assertFallback(String botText, String reasonPrefix) {
        Detection detection = FALLBACK.detect(botText);
        assertThat(detection.matched()).as(botText + " -> " + detection.reason()).isTrue();
        assertThat(detection.reason()).as(botText).startsWith(reasonPrefix);
    }

    static void assertNoFallback(String botText) {
        Detection detection = FALLBACK.detect(botText);
        assertThat(detection.matched()).as(botText + " -> " + detection.reason()).isFalse();
    }

    static void assertFeedback(String message, Feedback expected, String reasonPrefix) {
        FeedbackDetection detection = FEEDBACK.classify(message);
        assertThat(detection.feedback()).as(message + " -> " + detection.reason()).isEqualTo(expected);
        assertThat(detection.reason()).as(message).startsWith(reasonPrefix);
    }

    static void assertNotFeedback(String message, Feedback unexpected) {
        FeedbackDetection detection = FEEDBACK.classify(message);
        assertThat(detection.feedback()).as(message + " -> " + detection.reason()).isNotEqualTo(unexpected);
    }
}
