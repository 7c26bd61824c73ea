package dev.handover.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The CRM's message channels. {@link #sendType} is the {@code type} of {@code POST /conversations/messages} that
 * replies on the channel, or empty where the API takes no text reply; {@link #noReplyReason} then says why.
 */
public enum Channel {
    SMS("SMS"),
    RCS("RCS"),
    EMAIL("Email"),
    WHATSAPP("WhatsApp"),
    INSTAGRAM("IG"),
    FACEBOOK("FB"),
    /**
     * Google Business Profile. {@code GMB} is not among the send types of {@code POST /conversations/messages}, and
     * the API's only GMB write ({@code POST /conversations/messages/review-reply}) posts a public answer to a
     * review, which a closing message must not be; Google also ended Business Messages chat in 2024.
     */
    GOOGLE_BUSINESS(null),
    LIVE_CHAT("Live_Chat"),
    TIKTOK("TIKTOK"),
    CUSTOM("Custom"),
    CALL(null),
    VOICEMAIL(null),
    /** A workflow webhook whose channel could not be found: the handover still runs, without a closing message. */
    UNKNOWN(null);

    private final String sendType;

    Channel(String sendType) {
        this.sendType = sendType;
    }

    public Optional<String> sendType() {
        return Optional.ofNullable(sendType);
    }

    /** Why a channel without a {@link #sendType} gets no closing message, for the action's report. */
    public String noReplyReason() {
        return switch (this) {
            case GOOGLE_BUSINESS -> "a Google Business Profile conversation takes no message through the public API "
                    + "(POST /conversations/messages has no GMB type; review replies are public)";
            case UNKNOWN -> "the conversation's channel is unknown (no message type, and the conversation's type is "
                    + "not one the function knows), so no closing message can be sent";
            default -> "the " + this + " channel takes no text reply";
        };
    }

    /**
     * Reads a webhook's {@code messageType}. HighLevel spells channels several ways ({@code "Live Chat"},
     * {@code "TYPE_LIVE_CHAT"}, {@code "CALL"}, {@code "VoiceMail"}), so spaces, case and the prefix are ignored.
     */
    public static Optional<Channel> fromMessageType(String messageType) {
        if (messageType == null) {
            return Optional.empty();
        }
        String key = messageType.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (key.startsWith("TYPE_")) {
            key = key.substring(5);
        }
        return Optional.ofNullable(switch (key) {
            case "SMS" -> SMS;
            case "RCS" -> RCS;
            case "EMAIL" -> EMAIL;
            case "WHATSAPP" -> WHATSAPP;
            case "IG", "INSTAGRAM" -> INSTAGRAM;
            case "FB", "FACEBOOK" -> FACEBOOK;
            case "GMB", "GOOGLE_MY_BUSINESS" -> GOOGLE_BUSINESS;
            case "LIVE_CHAT", "LIVECHAT", "WEBCHAT" -> LIVE_CHAT;
            case "TIKTOK" -> TIKTOK;
            case "CUSTOM", "CUSTOM_PROVIDER", "CUSTOM_SMS", "CUSTOM_CHAT", "CUSTOM_EMAIL", "CUSTOM_PROVIDER_SMS",
                    "CUSTOM_PROVIDER_EMAIL" -> CUSTOM;
            case "CALL", "PHONE", "IVR_CALL", "CUSTOM_CALL" -> CALL;
            case "VOICEMAIL", "VOICE_MAIL" -> VOICEMAIL;
            default -> null;
        });
    }
}
