package dev.handover.config;

import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The classes a start-up test's application needs to build the bot directory, in one place: each reader class a
 * bots-document setting adds is listed here once, not in every start-up test.
 */
final class BotDirectoryApplication {

    private BotDirectoryApplication() {
    }

    static JavaArchive with(JavaArchive jar, Class<?>... more) {
        return jar.addClasses(BotDirectory.class, BotsDocument.class, BotsDocument.Bot.class,
                BotsDocument.Action.class, BotProfile.class, BotProfile.Handover.class, BotProfileReader.class,
                BotConfigException.class, HandoverConfig.class, BotsDocumentSource.class, ForwardTarget.class,
                SecretReferences.class, SecretReferences.SecretSource.class, dev.handover.aws.AwsConfig.class,
                dev.handover.aws.AwsClients.class, dev.handover.aws.SecretReader.class,
                dev.handover.aws.SecretReadException.class, PauseSettings.class, PauseSettingsReader.class,
                SleepUnits.class).addClasses(more);
    }
}
