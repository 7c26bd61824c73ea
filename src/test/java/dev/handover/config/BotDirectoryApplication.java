package dev.handover.config;

import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The application a start-up test builds the bot directory in: the whole config package (every reader a
 * bots-document setting adds comes with it, so no start-up test has to list them) and the AWS clients it reads
 * secrets and parameters with.
 */
final class BotDirectoryApplication {

    private BotDirectoryApplication() {
    }

    static JavaArchive with(JavaArchive jar, Class<?>... more) {
        return jar.addPackage(BotDirectory.class.getPackage()).addClasses(dev.handover.aws.AwsConfig.class,
                dev.handover.aws.AwsClients.class, dev.handover.aws.SecretReader.class,
                dev.handover.aws.SecretReadException.class).addClasses(more);
    }
}
