package dev.handover.config;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/** Finds the handover settings of the bot an event belongs to. */
@ApplicationScoped
public class BotDirectory {

    private final BotProfile bot;

    public BotDirectory(HandoverConfig config) {
        HandoverConfig.Bot bot = config.bot();
        this.bot = new BotProfile("default", bot.examples(), new BotProfile.Actions(
                bot.assign().enabled() ? bot.assign().userId() : Optional.empty(),
                bot.assign().skipIfAssigned(),
                bot.task().enabled(), bot.task().title(), bot.task().body(), bot.task().dueHours(),
                bot.closingMessage().enabled() ? Optional.of(bot.closingMessage().text()) : Optional.empty(),
                bot.tags().enabled() ? bot.tags().values() : java.util.List.of(),
                bot.pause().enabled(), Optional.of(bot.pause().duration())));
    }

    /** The bot that answers in this location; one bot serves every location for now. */
    public Optional<BotProfile> find(String locationId) {
        return Optional.of(bot);
    }
}
