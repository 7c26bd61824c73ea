package dev.handover.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import dev.handover.scenario.Scenario;

/** The businessHours block and the task settings of a bots document, as start-up reads and refuses them. */
class BusinessHoursReaderTest {

    static BotConfigException refused(String yaml) {
        return catchThrowableOfType(BotConfigException.class,
                () -> new BotProfileReader(name -> null).read(BotDirectory.parse(yaml)));
    }

    static BotProfile read(String yaml) {
        return new BotProfileReader(name -> null).read(BotDirectory.parse(yaml)).get(0);
    }

    @Test
    void validBlock_shouldGiveHoursClosedDatesAndMessagesByLanguage() {
        BotProfile bot = read("""
                bots:
                  - botId: b
                    businessHours:
                      timeZone: Europe/Berlin
                      weekly:
                        monday: ["09:00-12:00", "13:00-17:00"]
                        Friday: ["22:00-02:00"]
                        sunday: ["00:00-24:00"]
                      closedDates: [2025-12-25]
                      afterHoursMessage:
                        default: "We are back on {nextOpening}."
                        de: "Wir sind ab {nextOpening} wieder da."
                    actions:
                      - handoverType: contactRequest
                        createNote: true
                        taskMessages: 5
                """);

        BusinessHoursSettings settings = bot.businessHours().orElseThrow();
        assertThat(settings.hours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(settings.hours().isOpen(LocalDateTime.parse("2025-03-09T12:00").atZone(settings.hours().zone())
                .toInstant())).as("sunday, all day").isTrue();
        assertThat(settings.hours().isOpen(LocalDate.parse("2025-12-25").atTime(10, 0)
                .atZone(settings.hours().zone()).toInstant())).as("a closed Thursday").isFalse();
        assertThat(settings.message("de").text()).isEqualTo("Wir sind ab {nextOpening} wieder da.");
        assertThat(settings.message("de").locale()).isEqualTo(Locale.GERMAN);
        assertThat(settings.message("fr").text()).isEqualTo("We are back on {nextOpening}.");
        assertThat(settings.message("und").locale().getLanguage()).isEqualTo("en");
        BotProfile.Handover action = bot.handover(Scenario.CONTACT_REQUEST).orElseThrow();
        assertThat(action.createNote()).isTrue();
        assertThat(action.taskMessages()).isEqualTo(5);
        assertThat(action.taskBody()).isEqualTo(TaskTemplate.DEFAULT);
        assertThat(DayOfWeek.FRIDAY).isNotNull();
    }

    @Test
    void plainAfterHoursMessage_isWrittenInTheLanguageItReadsAs() {
        BotProfile bot = read("""
                bots:
                  - botId: b
                    businessHours:
                      timeZone: Europe/Madrid
                      weekly: {monday: ["09:00-17:00"]}
                      afterHoursMessage: "Gracias, el equipo te responderá a partir del {nextOpening}, no antes de esa hora."
                    actions: [{handoverType: contactRequest}]
                """);

        assertThat(bot.businessHours().orElseThrow().message("en").locale()).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void brokenBlock_shouldListEveryProblemNamingBotAndField() {
        BotConfigException refused = refused("""
                bots:
                  - botId: b
                    businessHours:
                      timeZone: Mars/Olympus
                      weekly:
                        monday: ["9-17", "25:00-26:00", "10:00-10:00"]
                        tuesday: ["09:00-13:00", "12:00-17:00"]
                        someday: ["09:00-17:00"]
                      closedDates: [christmas]
                      afterHoursMessage: {en: "Back {when}", xx: "?"}
                    actions:
                      - handoverType: contactRequest
                        taskDescription: "Look at {transcript}"
                        taskMessages: 500
                """);

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "bot 'b': businessHours.timeZone 'Mars/Olympus' is not a known time zone (use an IANA id such as "
                        + "America/New_York)",
                "bot 'b': businessHours.weekly.monday[0] '9-17' is not a range like 09:00-17:00",
                "bot 'b': businessHours.weekly.monday[1] '25:00-26:00' has a time outside 00:00-23:59 (24:00 may "
                        + "only end a range)",
                "bot 'b': businessHours.weekly.monday[2] '10:00-10:00' is empty; write 00:00-24:00 for the whole day",
                "bot 'b': businessHours.weekly.tuesday has overlapping ranges (0 and 1)",
                "bot 'b': businessHours.weekly.someday is not a day of the week (monday ... sunday)",
                "bot 'b': businessHours.closedDates[0] 'christmas' is not a date like 2025-12-25",
                "bot 'b': businessHours.afterHoursMessage.en has a placeholder other than {nextOpening}",
                "bot 'b': businessHours.afterHoursMessage.xx is not a language the detection guesses (en, es, pt, "
                        + "fr, de, it, nl) nor default",
                "bot 'b': businessHours.afterHoursMessage.default is required: the message for customers of any "
                        + "other language",
                "bot 'b': actions[0].taskDescription has unknown placeholders [{transcript}] (known: [{channel}, "
                        + "{contactId}, {conversationId}, {failedAttempts}, {messages}, {reason}, {scenario}])",
                "bot 'b': actions[0].taskMessages must be between 0 and 50 (found 500)");
    }

    @Test
    void aWeekWithNoHoursAtAll_shouldBeRefusedAtStartUp() {
        BotConfigException refused = refused("""
                bots:
                  - botId: b
                    businessHours:
                      timeZone: UTC
                      weekly: {monday: [], saturday: []}
                    actions: [{handoverType: contactRequest}]
                """);

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).containsExactly("bot 'b': businessHours.weekly has no opening hours on any "
                + "day: the bot would never reach a person; remove businessHours for a bot that hands over at any "
                + "hour");
    }

    @Test
    void missingZoneAndWeek_shouldBeRefused() {
        BotConfigException refused = refused("""
                bots:
                  - botId: b
                    businessHours: {closedDates: []}
                    actions: [{handoverType: contactRequest}]
                """);

        assertThat(refused.problems()).containsExactlyInAnyOrder(
                "bot 'b': businessHours.timeZone is required (an IANA time zone such as Europe/Berlin)",
                "bot 'b': businessHours.weekly is required: the opening ranges per day, e.g. monday: "
                        + "[\"09:00-17:00\"]");
    }
}
