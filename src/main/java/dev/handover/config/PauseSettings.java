package dev.handover.config;

import java.util.Optional;

/**
 * How a bot's pause reaches the bot itself, beyond the function's own answer (which HighLevel does not read).
 *
 * @param tag the contact tag that is on while the bot is paused ({@code pauseTag}, e.g. {@code ai_off}): added when a
 *        pause starts, removed when it ends; a HighLevel workflow or a third-party bot switches the bot off and on by
 *        it. Empty: no tag.
 */
public record PauseSettings(Optional<String> tag) {

    /** No pause tag: the pause lives in the function's state and answers only. */
    public static final PauseSettings NONE = new PauseSettings(Optional.empty());
}
