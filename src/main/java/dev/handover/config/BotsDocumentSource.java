package dev.handover.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.handover.aws.AwsClients;
import dev.handover.aws.AwsConfig;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The text of the bots document, from the first of: {@code HANDOVER_BOTS_DOCUMENT} (small documents: Lambda allows
 * 4 KB for all environment variables), {@code HANDOVER_BOTS_PARAMETER} (an SSM parameter, up to 8 KB in the advanced
 * tier, a SecureString when it holds secrets) or {@code HANDOVER_BOTS_FILE}; empty when none is set. A source that
 * cannot be read fails the start-up like a broken document.
 */
final class BotsDocumentSource {

    private BotsDocumentSource() {
    }

    static Optional<String> read(HandoverConfig.Bots bots, AwsConfig aws) {
        Optional<String> document = bots.document().filter(text -> !text.isBlank());
        if (document.isPresent()) {
            return document;
        }
        Optional<String> parameter = bots.parameter().filter(name -> !name.isBlank());
        if (parameter.isPresent()) {
            return Optional.of(fromParameter(parameter.get(), aws));
        }
        return bots.file().map(BotsDocumentSource::fromFile);
    }

    private static String fromParameter(String name, AwsConfig aws) {
        try (SsmClient ssm = AwsClients.ssm(aws)) {
            return ssm.getParameter(request -> request.name(name).withDecryption(true)).parameter().value();
        } catch (AwsServiceException e) {
            throw new BotConfigException(List.of("bots parameter " + name + " cannot be read: "
                    + e.awsErrorDetails().errorCode() + " (HTTP " + e.statusCode() + ")"));
        } catch (SdkException e) {
            throw new BotConfigException(List.of("bots parameter " + name + " cannot be read: SSM not reachable ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    private static String fromFile(String path) {
        Path file = Path.of(path);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new BotConfigException(List.of("bots file " + file + " cannot be read: " + e.getMessage()));
        }
    }
}
