package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import dev.handover.scenario.Scenario;

/**
 * An action's {@code finalMessage} and {@code noReplyMessage} by the customer's language, read through the bots
 * document reader: both forms, the problems named by bot, action and field, and the closing and no-reply messages
 * kept apart language by language.
 */
class LocalizedActionMessagesTest {

    @Test
    void textsByLanguage_shouldBeReadForBothMessages() {
        BotProfile.Handover action = read("""
                        finalMessage:
                          default: A teammate is on the way.
                          es: Una persona del equipo te atiende enseguida.
                        humanResponseTimeout: 2
                        noReplyMessage:
                          default: Still busy, so I'm back for now.
                          de: Das Team ist noch beschäftigt, ich helfe solange weiter.
                """).handover(Scenario.CONTACT_REQUEST).orElseThrow();

        assertThat(action.finalMessage().textIn("es")).contains("Una persona del equipo te atiende enseguida.");
        assertThat(action.finalMessage().textIn("nl")).contains("A teammate is on the way.");
        LocalizedText noReply = action.noReply().orElseThrow().message();
        assertThat(noReply.textIn("de")).contains("Das Team ist noch beschäftigt, ich helfe solange weiter.");
        assertThat(noReply.textIn("es")).contains("Still busy, so I'm back for now.");
    }

    @Test
    void plainAndBlankTexts_shouldStayAsBefore() {
        BotProfile.Handover plain = read("""
                        finalMessage: One moment please.
                        humanResponseTimeout: 2
                        noReplyMessage: ''
                """).handover(Scenario.CONTACT_REQUEST).orElseThrow();
        BotProfile.Handover unset = read("        tags: []\n").handover(Scenario.CONTACT_REQUEST).orElseThrow();

        assertThat(plain.finalMessage()).isEqualTo(LocalizedText.of("One moment please."));
        assertThat(plain.noReply().orElseThrow().message()).isEqualTo(LocalizedText.NONE);
        assertThat(unset.finalMessage()).isEqualTo(LocalizedText.of(BotProfileReader.DEFAULT_FINAL_MESSAGE));
        assertThat(read("        finalMessage: ' '\n").handover(Scenario.CONTACT_REQUEST).orElseThrow()
                .finalMessage()).isEqualTo(LocalizedText.NONE);
    }

    @Test
    void brokenTexts_shouldBeRefusedNamingTheBotTheActionAndTheField() {
        BotConfigException refused = refused("""
                        finalMessage: {es: Hola, xx: '?'}
                        humanResponseTimeout: 2
                        noReplyMessage: [sorry]
                """);

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "bot 'bot-1': actions[0].finalMessage.xx is not a language the detection guesses (en, es, pt, fr, "
                        + "de, it, nl) nor default",
                "bot 'bot-1': actions[0].finalMessage.default is required: the message for customers of any other "
                        + "language",
                "bot 'bot-1': actions[0].noReplyMessage must be a text, or texts by language code (en, es, ...) "
                        + "with a default");
    }

    @Test
    void noReplyMessage_sameAsTheClosingMessageInOneLanguage_shouldBeRefusedNamingIt() {
        BotConfigException refused = refused("""
                        finalMessage: {default: Someone will reply soon., fr: Quelqu'un vous répond bientôt.}
                        humanResponseTimeout: 2
                        noReplyMessage: {default: I'm back to help., fr: " Quelqu'un vous répond bientôt. "}
                """);

        assertThat(refused.problems()).containsExactly("bot 'bot-1': actions[0].noReplyMessage must differ from "
                + "finalMessage (for customers writing fr): a repeated send is told from the closing message by its "
                + "text");
    }

    @Test
    void noReplyMessage_sameAsTheClosingMessageOfTheOthers_shouldBeRefusedForThem() {
        // Spanish customers get different words; every other one the same default from both
        BotConfigException refused = refused("""
                        finalMessage: {default: Someone will reply soon., es: Alguien te responde pronto.}
                        humanResponseTimeout: 2
                        noReplyMessage: Someone will reply soon.
                """);

        assertThat(refused.problems()).containsExactly("bot 'bot-1': actions[0].noReplyMessage must differ from "
                + "finalMessage (for customers writing en, pt, fr, de, it, nl, an unrecognised language): a repeated "
                + "send is told from the closing message by its text");
    }

    @Test
    void noReplyMessage_differingLanguageByLanguage_shouldBeAccepted() {
        // The same words under two languages never meet in one episode: each episode has one language
        BotProfile.Handover action = read("""
                        finalMessage: {default: Someone will reply soon., es: Ciao!}
                        humanResponseTimeout: 2
                        noReplyMessage: {default: I'm back to help., it: Ciao!}
                """).handover(Scenario.CONTACT_REQUEST).orElseThrow();

        assertThat(action.noReply().orElseThrow().message().textIn("it")).contains("Ciao!");
    }

    private static BotConfigException refused(String actionFields) {
        return catchThrowableOfType(BotConfigException.class, () -> read(actionFields));
    }

    /** A bot whose contact-request action pauses 24 hours, with the given action fields. */
    private static BotProfile read(String actionFields) {
        return new BotProfileReader(name -> null).read(BotDirectory.parse("""
                bots:
                  - botId: bot-1
                    actions:
                      - handoverType: contactRequest
                        sleepTime: 24
                """ + actionFields)).get(0);
    }
}
