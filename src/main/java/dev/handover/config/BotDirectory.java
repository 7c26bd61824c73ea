package dev.handover.config;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.handover.aws.AwsConfig;
import dev.handover.aws.SecretReader;
import dev.handover.scenario.Scenario;

/**
 * The bots this deployment serves, read and validated at start-up from the bots document
 * ({@link BotsDocumentSource}), or, without one, a single bot built from the
 * {@code handover.bot.*} properties that answers in every location. Built eagerly ({@link Startup}): a broken
 * document fails the function's init with every problem listed, instead of a healthy-looking function that answers
 * every request 429.
 */
@Startup
@ApplicationScoped
public class BotDirectory {

    private static final Logger LOG = Logger.getLogger(BotDirectory.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    private final List<BotProfile> bots;

    @Inject
    public BotDirectory(HandoverConfig config, AwsConfig aws, SecretReader secrets) {
        this(load(config, aws, secrets));
    }

    public BotDirectory(List<BotProfile> bots) {
        this.bots = List.copyOf(bots);
    }

    /** The bot that HighLevel webhooks of this location belong to. */
    public Optional<BotProfile> forLocation(String locationId) {
        List<BotProfile> candidates = bots.stream().filter(bot -> bot.locationIds().contains(locationId)).toList();
        if (candidates.isEmpty()) {
            candidates = bots.stream().filter(bot -> bot.locationIds().isEmpty()).toList();
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0))
                : candidates.stream().filter(BotProfile::isDefault).findFirst();
    }

    /** The bot an event belongs to: the one it names (if it serves the location), else the location's. */
    public Optional<BotProfile> forEvent(String locationId, Optional<String> botId) {
        return botId.isPresent() ? find(locationId, botId.get()) : forLocation(locationId);
    }

    /** A bot named by an event, if it serves that location. */
    public Optional<BotProfile> find(String locationId, String botId) {
        return bots.stream().filter(bot -> bot.botId().equals(botId))
                .filter(bot -> bot.locationIds().isEmpty() || bot.locationIds().contains(locationId))
                .findFirst();
    }

    static List<BotProfile> load(HandoverConfig config, AwsConfig aws, SecretReader secrets) {
        Optional<String> text = BotsDocumentSource.read(config.bots(), aws);
        if (text.isEmpty()) {
            return List.of(fromProperties(config.bot()));
        }
        List<BotProfile> bots = new BotProfileReader(new SecretReferences(System::getenv, secrets::read),
                config.classifier().enabled()).read(parse(text.get()));
        LOG.infof("serving %d bot(s): %s", bots.size(), bots.stream().map(BotProfile::botId).toList());
        return bots;
    }

    public static BotsDocument parse(String text) {
        try {
            return YAML.readValue(text, BotsDocument.class);
        } catch (IOException e) {
            throw new BotConfigException(List.of("the bots document is not valid YAML or JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }

    /**
     * The single bot of the {@code handover.bot.*} properties: the three platform scenarios, the same actions, and the
     * pause tag of {@code handover.bot.pause.tag} if set. It has no custom action, which needs a trigger condition that
     * only a bots document can give, and no frustration action, which is off unless a bots document asks for it.
     */
    private static BotProfile fromProperties(HandoverConfig.Bot bot) {
        Map<Scenario, BotProfile.Handover> handovers = new EnumMap<>(Scenario.class);
        for (Scenario scenario : Scenario.values()) {
            if (scenario == Scenario.CUSTOM || scenario == Scenario.FRUSTRATION) {
                continue;
            }
            handovers.put(scenario, new BotProfile.Handover(scenario,
                    scenario == Scenario.CONTACT_REQUEST ? bot.examples() : List.of(),
                    bot.assign().enabled() ? bot.assign().userId() : Optional.empty(),
                    bot.assign().skipIfAssigned(),
                    bot.task().enabled(), bot.task().title(), bot.task().body(), bot.task().dueHours(),
                    bot.closingMessage().enabled() ? LocalizedText.of(bot.closingMessage().text()) : LocalizedText.NONE,
                    bot.tags().enabled() ? bot.tags().values() : List.of(),
                    !bot.pause().enabled() ? Optional.of(Duration.ZERO)
                            : bot.pause().indefinite() ? Optional.empty() : Optional.of(bot.pause().duration()),
                    Optional.empty()));
        }
        return new BotProfile("default", Set.of(), true, bot.maxRetries(), bot.confidenceThreshold(),
                bot.sleepOnManualMessage(), Optional.of(Duration.ofHours(24)), Duration.ofMinutes(120),
                bot.eventSecret(), bot.workflowSecret(), handovers, false, pauseSettings(bot.pause(), handovers),
                Optional.empty(), Optional.empty());
    }

    /** The pause tag of {@code HANDOVER_BOT_PAUSE_TAG}, checked by the bots document's rules: a broken one stops. */
    private static PauseSettings pauseSettings(HandoverConfig.Pause pause,
            Map<Scenario, BotProfile.Handover> handovers) {
        List<String> problems = new ArrayList<>();
        PauseSettings settings = PauseSettingsReader.read(pause.tag().orElse(null), handovers.values().stream()
                .flatMap(handover -> handover.keptTags().stream()).toList(),
                (field, rule) -> problems.add("bot 'default': HANDOVER_BOT_PAUSE_TAG (" + field + ") " + rule));
        if (!problems.isEmpty()) {
            throw new BotConfigException(problems);
        }
        return settings;
    }
}
