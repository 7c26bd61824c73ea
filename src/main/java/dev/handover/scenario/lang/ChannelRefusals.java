package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A task the bot cannot do here, said the other way round from {@link FallbackFamilies}' "not-via-chat": the channel
 * named before the refusal ("desde este chat no puedo modificar ..."), or the refusal ending on "here" or a messaging
 * app ("non posso emettere fatture da qui", "no puedo cancelar reservas por WhatsApp").
 */
final class ChannelRefusals {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("chat-first", "\\b(?:from|via|through|over|in|on) (?:this|the) (?:chat|channel)(?: \\w+)? i "
                            + "(?:can not|am not able to|m not able to|am unable to|m unable to)\\b"),
                    of("not-from-here", "\\bi (?:can not|am not able to|m not able to|am unable to|m unable to) "
                            + "\\w+(?: \\w+){0,6}? (?:from here|over here|via whatsapp|on whatsapp|over whatsapp)\\b")},
            "es", new NamedPattern[] {
                    of("chat-first", "\\b(?:desde|por|a traves de|en) (?:este|el|esta) (?:canal|chat)(?: \\w+)? no "
                            + "(?:te |le |lo |la )?(?:puedo|consigo)\\b"),
                    of("not-from-here", "\\bno (?:te |le |lo |la )?(?:puedo|consigo) \\w+(?: \\w+){0,6}? (?:desde"
                            + " aqui|desde aca|por whatsapp|por wasap|por messenger)\\b")},
            "pt", new NamedPattern[] {
                    of("chat-first", "\\b(?:por (?:este|esse)|neste|nesse|pelo|atraves deste) (?:chat|canal)(?: \\w+)?"
                            + " nao (?:te |lhe |o |a )?(?:consigo|posso)\\b"),
                    of("not-from-here", "\\bnao (?:te |lhe |o |a )?(?:consigo|posso) \\w+(?: \\w+){0,6}? (?:por"
                            + " aqui|daqui|pelo whatsapp|por whatsapp)\\b")},
            "fr", new NamedPattern[] {
                    of("chat-first", "\\b(?:depuis|par|sur|via) (?:ce|le) (?:chat|canal|tchat)(?: \\w+)? je ne "
                            + "(?:peux|suis pas en mesure)\\b"),
                    of("not-from-here", "\\bje ne (?:peux|suis pas en mesure de) (?:pas )?\\w+(?: \\w+){0,6}? (?:d ici"
                            + "|par whatsapp|sur whatsapp)\\b")},
            "de", new NamedPattern[] {
                    of("chat-first", "\\b(?:uber|in|via) (?:diesen|diesem|den|dem) (?:chat|kanal) (?:kann|darf) ich "
                            + "(?:\\w+ ){0,6}?(?:nicht|leider nicht|keine|keinen)\\b"),
                    of("not-from-here", "\\bkann ich (?:\\w+ ){0,4}?(?:von hier aus|hier|per whatsapp|uber whatsapp)"
                            + " (?:leider )?nicht\\b")},
            "it", new NamedPattern[] {
                    of("chat-first", "\\b(?:da|su|tramite|in|via|per) (?:questa|la) chat(?: \\w+)? non (?:ti |le |lo "
                            + "|la )?(?:posso|riesco)\\b"),
                    of("not-from-here", "\\bnon (?:ti |le |lo |la )?(?:posso|riesco a) \\w+(?: \\w+){0,6}? (?:da qui"
                            + "|da qua|su whatsapp|via whatsapp|tramite whatsapp)\\b")},
            "nl", new NamedPattern[] {
                    of("chat-first", "\\b(?:via|in|vanuit) (?:deze|de) (?:chat|kanaal)(?: \\w+)? kan ik (?:\\w+ )"
                            + "{0,4}?niet\\b"),
                    of("not-from-here", "\\bkan ik (?:\\w+ ){0,4}?(?:hier|vanaf hier|via whatsapp) (?:helaas )?niet"
                            + "\\b")});

    private ChannelRefusals() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
