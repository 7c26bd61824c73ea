package dev.handover.handover;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The one tag call of a handover carries each tag once. */
class TagsInOneCallTest {

    @Test
    void tagsSpelledTwice_shouldBeSentOnce_inTheGivenOrder() {
        // GIVEN handover tags with a repeat in another case, then the pause tag
        List<String> tags = List.of("human_handover", "vip", "Human_Handover", "ai_off");

        // WHEN they are made distinct for the one call
        List<String> sent = TagsInOneCall.distinct(tags);

        // THEN each is there once, its first spelling kept
        assertThat(sent).containsExactly("human_handover", "vip", "ai_off");
    }
}
