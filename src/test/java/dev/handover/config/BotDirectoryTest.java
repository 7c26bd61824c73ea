package dev.handover.config;

import static dev.handover.support.TestBots.bot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.handover.scenario.Scenario;

class BotDirectoryTest {

    private static final BotProfile SALES = bot("sales").locations("loc-1").handovers(Scenario.CONTACT_REQUEST).build();
    private static final BotProfile SUPPORT = bot("support").locations("loc-2", "loc-3").asDefault()
            .handovers(Scenario.CONTACT_REQUEST).build();
    private static final BotProfile BILLING = bot("billing").locations("loc-3")
            .handovers(Scenario.CONTACT_REQUEST).build();
    private static final BotProfile ANYWHERE = bot("anywhere").handovers(Scenario.CONTACT_REQUEST).build();

    @Test
    void forLocation_onlyBotOfTheLocation_shouldBeChosen() {
        BotDirectory directory = new BotDirectory(List.of(SALES, SUPPORT, ANYWHERE));

        assertThat(directory.forLocation("loc-1")).contains(SALES);
        assertThat(directory.forLocation("loc-2")).contains(SUPPORT);
    }

    @Test
    void forLocation_sharedByBots_shouldChooseTheDefaultWhateverTheOrder() {
        // GIVEN loc-3 is served by support (isDefault) and billing
        assertThat(new BotDirectory(List.of(BILLING, SUPPORT)).forLocation("loc-3")).contains(SUPPORT);
        assertThat(new BotDirectory(List.of(SUPPORT, BILLING)).forLocation("loc-3")).contains(SUPPORT);
    }

    @Test
    void forLocation_sharedByBotsWithoutDefault_shouldBeEmpty() {
        // The reader refuses such a document; the directory must still not guess.
        BotProfile other = bot("other").locations("loc-1").handovers(Scenario.CONTACT_REQUEST).build();

        assertThat(new BotDirectory(List.of(SALES, other)).forLocation("loc-1")).isEmpty();
    }

    @Test
    void forLocation_notNamedByAnyBot_shouldFallBackToTheWildcardBot() {
        BotDirectory directory = new BotDirectory(List.of(SALES, ANYWHERE));

        assertThat(directory.forLocation("loc-9")).contains(ANYWHERE);
        assertThat(directory.forLocation("loc-1")).as("a bot naming the location wins over the wildcard")
                .contains(SALES);
    }

    @Test
    void forLocation_severalWildcardBots_shouldChooseTheDefaultOne() {
        BotProfile first = bot("first").handovers(Scenario.CONTACT_REQUEST).build();
        BotProfile fallback = bot("fallback").asDefault().handovers(Scenario.CONTACT_REQUEST).build();

        assertThat(new BotDirectory(List.of(first, fallback, SALES)).forLocation("loc-9")).contains(fallback);
    }

    @Test
    void forLocation_noBotAndNoWildcard_shouldBeEmpty() {
        BotDirectory directory = new BotDirectory(List.of(SALES, SUPPORT));

        assertThat(directory.forLocation("loc-9")).isEmpty();
    }

    @ParameterizedTest(name = "find({0}, {1}) -> {2}")
    @CsvSource({
            "loc-1, sales,    sales",
            "loc-2, sales,    ''",       // sales does not serve loc-2
            "loc-3, billing,  billing",
            "loc-3, support,  support",
            "loc-1, support,  ''",
            "loc-1, anywhere, anywhere",
            "loc-9, anywhere, anywhere", // a wildcard bot serves every location
            "loc-1, unknown,  ''"})
    void find_byLocationAndBotId_shouldRespectTheBotsLocations(String location, String botId, String expected) {
        BotDirectory directory = new BotDirectory(List.of(SALES, SUPPORT, BILLING, ANYWHERE));

        assertThat(directory.find(location, botId).map(BotProfile::botId).orElse("")).isEqualTo(expected);
    }
}
