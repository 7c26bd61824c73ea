package dev.handover.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ChannelTest {

    @ParameterizedTest(name = "{0} -> {1} sent as {2}")
    @CsvSource({
            "SMS,              SMS,             SMS",
            "Email,            EMAIL,           Email",
            "Live Chat,        LIVE_CHAT,       Live_Chat",
            "TYPE_LIVE_CHAT,   LIVE_CHAT,       Live_Chat",
            "WhatsApp,         WHATSAPP,        WhatsApp",
            "FB,               FACEBOOK,        FB",
            "IG,               INSTAGRAM,       IG",
            "Custom,           CUSTOM,          Custom",
            "TYPE_SMS,         SMS,             SMS",
            "TYPE_EMAIL,       EMAIL,           Email",
            "TYPE_FACEBOOK,    FACEBOOK,        FB",
            "TYPE_INSTAGRAM,   INSTAGRAM,       IG",
            "TYPE_WHATSAPP,    WHATSAPP,        WhatsApp",
            "live_chat,        LIVE_CHAT,       Live_Chat",
            "' sms ',          SMS,             SMS"})
    void messageType_textChannel_shouldMapToChannelAndSendType(String messageType, Channel channel, String sendType) {
        assertThat(Channel.fromMessageType(messageType)).contains(channel);
        assertThat(channel.sendType()).contains(sendType);
    }

    @ParameterizedTest
    @CsvSource({"CALL, CALL", "TYPE_CALL, CALL", "VoiceMail, VOICEMAIL", "Voicemail, VOICEMAIL", "VOICE_MAIL, VOICEMAIL",
            "GMB, GOOGLE_BUSINESS", "TYPE_GMB, GOOGLE_BUSINESS"})
    void messageType_channelWithoutTextReply_shouldMapToChannelWithoutSendType(String messageType, Channel channel) {
        assertThat(Channel.fromMessageType(messageType)).contains(channel);
        assertThat(channel.sendType()).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Pigeon", "TYPE_", "   ", "SMSS", "TYPE_ACTIVITY_CONTACT", "Live Chat Pro"})
    void messageType_unknown_shouldBeEmpty(String messageType) {
        assertThat(Channel.fromMessageType(messageType)).isEmpty();
    }

    @Test
    void everyTextChannel_shouldHaveASendTypeFromTheSendMessageEnum() {
        // POST /conversations/messages accepts: SMS | RCS | Email | WhatsApp | IG | FB | Custom | Live_Chat | TIKTOK.
        // GMB is not in that enum, and its only GMB write is a public review reply: no closing message there.
        Set<Channel> noReply = EnumSet.of(Channel.CALL, Channel.VOICEMAIL, Channel.GOOGLE_BUSINESS, Channel.UNKNOWN);
        for (Channel channel : Channel.values()) {
            if (noReply.contains(channel)) {
                assertThat(channel.sendType()).as(channel.name()).isEmpty();
                assertThat(channel.noReplyReason()).as(channel.name()).isNotBlank();
            } else {
                assertThat(channel.sendType()).as(channel.name()).get()
                        .isIn("SMS", "RCS", "Email", "WhatsApp", "IG", "FB", "Custom", "Live_Chat", "TIKTOK");
            }
        }
    }

    @Test
    void googleBusiness_shouldSayWhyItTakesNoClosingMessage() {
        assertThat(Channel.GOOGLE_BUSINESS.noReplyReason()).contains("Google Business Profile").contains("GMB");
    }
}
