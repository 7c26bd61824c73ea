package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Fallback families fixed in every language at once, over normalised text, so a family's siblings live side by side:
 * a task the bot cannot do through this chat or channel ("I can't move the booking via this chat"); a bot that is only
 * the assistant for one topic; the question put to a named trade with an answer promised later ("das gebe ich an
 * unsere Werkstatt weiter, Sie bekommen Bescheid"); an answer the bot will have checked or confirm before telling;
 * not seeing what the customer means. Doubts ({@link #uncertain}) count only when no question follows.
 */
final class FallbackFamilies {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("not-via-chat", "\\bi (?:can not|am not able to|m not able to|am unable to|m unable to) "
                            + "\\w+(?: \\w+){0,6}? (?:via|through|over|in|on|from) (?:this|the) (?:chat|channel)\\b"),
                    of("only-assistant", "\\bi (?:am|m) (?:only|just) (?:the |a |an )?(?:\\w+ )?(?:assistant|bot)\\b"
                            + "|\\bi (?:am|m) only (?:set up|trained|built|programmed) (?:for|to)\\b"),
                    of("have-it-checked", "\\bi ll have (?:it|that|this) (?:checked|confirmed|verified)\\b"),
                    of("not-what-you-mean", "\\bi do not (?:quite )?(?:see|know) what you mean\\b")},
            "es", new NamedPattern[] {
                    of("not-via-chat", "\\bno (?:te |le |lo |la )?(?:puedo|consigo|soy capaz de) \\w+(?: \\w+){0,6}? "
                            + "(?:por|desde|a traves de|en) (?:este|el|esta|la) (?:canal|chat|via)\\b"),
                    of("cannot-help", "\\bno (?:te|le|les|os) (?:puedo|podre|podria) (?:orientar|ayudar|asesorar|"
                            + "aconsejar|informar|decir|dar|confirmar)\\b"),
                    of("only-assistant", "\\b(?:solo|solamente|unicamente) (?:estoy preparad[oa]|estoy programad[oa]|"
                            + "estoy pensad[oa]) (?:para|con)\\b|\\b(?:solo|solamente) soy (?:el|un|una|la) "
                            + "(?:asistente|bot)\\b"),
                    of("have-it-checked", "\\blo (?:hago|mando) (?:revisar|comprobar|confirmar)\\b|\\blo (?:confirmo|"
                            + "compruebo|reviso|consulto) y (?:te|le|os) (?:aviso|digo|escribo|confirmo)\\b"),
                    of("not-what-you-mean", "\\bno (?:se|entiendo) (?:bien )?a que te refieres\\b|\\bno se a que se "
                            + "refiere\\b")},
            "pt", new NamedPattern[] {
                    of("not-via-chat", "\\bnao (?:consigo|posso|tenho como) \\w+(?: \\w+){0,6}? (?:por|pelo|neste|"
                            + "nesse|via) (?:este |esse )?(?:canal|chat)\\b"),
                    of("cannot-help", "\\bnao (?:te|lhe) (?:consigo|posso) (?:ajudar|orientar|dizer|informar|"
                            + "aconselhar|confirmar)\\b"),
                    of("only-assistant", "\\bsou (?:so|apenas|somente) (?:o|um|a|uma) (?:assistente|bot|robo)\\b|"
                            + "\\b(?:so|apenas) (?:estou preparad[oa]|fui programad[oa]|fui treinad[oa]) para\\b"),
                    of("have-it-checked", "\\b(?:vou|deixa eu) (?:mandar )?(?:confirmar|verificar|checar) e (?:te|lhe) "
                            + "(?:aviso|digo|retorno)\\b|\\bconfirmo e (?:te|lhe) (?:aviso|digo)\\b"),
                    of("not-what-you-mean", "\\bnao (?:sei|entendi|entendo) o que (?:voce|vc|tu) (?:quer|quis) "
                            + "dizer\\b")},
            "fr", new NamedPattern[] {
                    of("not-via-chat", "\\bje ne (?:peux|pourrai|suis pas en mesure de) (?:pas )?\\w+(?: \\w+){0,6}? "
                            + "(?:par|via|sur|dans) (?:ce|le) (?:canal|chat|tchat)\\b"),
                    of("only-assistant", "\\bje (?:ne suis qu|suis seulement|suis juste) (?:l |un |une |le |la )?"
                            + "(?:assistant|assistante|bot|robot)\\b"),
                    of("have-it-checked", "\\bje (?:fais|vais faire) (?:verifier|confirmer)\\b|\\bje (?:verifie|"
                            + "confirme) et (?:je )?(?:vous|te) (?:dis|tiens|redis)\\b"),
                    of("not-what-you-mean", "\\bje ne (?:vois|comprends|sais) pas (?:bien |trop )?ce que (?:vous "
                            + "voulez|tu veux) dire\\b")},
            "de", new NamedPattern[] {
                    of("not-via-chat", "\\b(?:kann ich|ich kann)\\b(?=(?: \\w+){0,8}? nicht\\b)(?=(?: \\w+){0,8}? "
                            + "(?:uber|per|im|via) (?:den |diesen |dem )?(?:chat|kanal)\\b)"),
                    of("only-assistant", "\\bich bin (?:nur|lediglich|bloss) (?:der|die|ein|eine) (?:\\w*assistent"
                            + "(?:in)?|bot|chatbot)\\b|\\bich bin nur fur (?:\\w+ ){0,3}?zustandig\\b"),
                    of("pass-on-reply", "\\b(?:gebe|leite|reiche) ich (?:\\w+ ){0,2}?(?:an|zu) (?:unsere|unseren|unser|"
                            + "die|den) \\w+ weiter\\b(?=.*\\b(?:bescheid|ruckmeldung|antwort|melden uns|meldet sich)\\b)"),
                    of("have-it-checked", "\\bich lasse (?:das|es) (?:\\w+ )?(?:prufen|bestatigen|checken|klaren)\\b"),
                    of("not-what-you-mean", "\\bich (?:weiß|weiss|verstehe) (?:leider )?nicht (?:ganz )?was (?:sie|"
                            + "du) (?:meinen|meinst)\\b")},
            "it", new NamedPattern[] {
                    of("not-via-chat", "\\bnon (?:ti |le |lo |la )?(?:posso|riesco a|sono in grado di) \\w+"
                            + "(?: \\w+){0,6}? (?:tramite|via|in|da|su|per) (?:questa |la )?(?:chat|canale)\\b"),
                    of("only-assistant", "\\bsono (?:solo|soltanto|solamente) (?:l |un |una |il )?(?:assistente|"
                            + "bot)\\b"),
                    of("have-it-checked", "\\blo faccio (?:controllare|verificare|confermare)\\b|\\b(?:controllo|"
                            + "verifico) e ti (?:faccio sapere|dico)\\b"),
                    of("not-what-you-mean", "\\bnon (?:capisco|so|ho capito) (?:bene )?cosa (?:intendi|intende|vuoi "
                            + "dire|vuole dire)\\b")},
            "nl", new NamedPattern[] {
                    of("not-via-chat", "\\b(?:ik kan|kan ik)(?: \\w+){0,6}? niet(?: \\w+){0,4}? via (?:deze|de|dit) "
                            + "(?:chat|kanaal)\\b|\\b(?:ik kan|kan ik)(?: \\w+){0,4}? via (?:deze|de|dit) (?:chat|"
                            + "kanaal)(?: \\w+){0,4}? niet\\b"),
                    of("only-assistant", "\\bik ben (?:maar|alleen|slechts) (?:de|een) (?:\\w*assistent|bot|"
                            + "chatbot)\\b|\\bik ben alleen (?:bedoeld|ingesteld|getraind) (?:voor|om)\\b"),
                    of("pass-on-reply", "\\b(?:ik )?leg (?:het|dit|dat|je vraag|uw vraag) (?:even |eerst )?voor aan\\b"),
                    of("have-it-checked", "\\bik laat (?:het|dat|dit) (?:even )?(?:nakijken|checken|controleren|"
                            + "navragen)\\b"),
                    of("not-what-you-mean", "\\bgeen touw aan vast(?:knopen|te knopen)?\\b|\\bik (?:snap|begrijp) "
                            + "(?:niet|even niet) (?:goed )?wat (?:je|u) (?:bedoelt|bedoeld)\\b")});

    private static final Map<String, NamedPattern[]> UNCERTAIN = Map.of(
            "en", new NamedPattern[] {of("not-sure", "\\bi do not know for (?:sure|certain)\\b")},
            "es", new NamedPattern[] {of("not-sure", "\\bno (?:lo )?se (?:seguro|con seguridad|a ciencia cierta)\\b")},
            "pt", new NamedPattern[] {of("not-sure", "\\bnao (?:sei|tenho) (?:ao certo|com certeza|certeza)\\b")},
            "fr", new NamedPattern[] {of("not-sure", "\\bje ne (?:le )?sais pas (?:avec certitude|exactement|au juste)\\b")},
            "de", new NamedPattern[] {of("not-sure", "\\bich (?:weiß|weiss) (?:es |das )?nicht (?:genau|sicher|mit "
                    + "sicherheit)\\b")},
            "it", new NamedPattern[] {of("not-sure", "\\bnon (?:lo )?so (?:con certezza|di preciso|per certo)\\b")},
            "nl", new NamedPattern[] {of("not-sure", "\\bik weet (?:het |dat )?niet (?:zeker|precies)\\b")});

    private FallbackFamilies() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }

    static NamedPattern[] uncertain(String language) {
        return UNCERTAIN.get(language);
    }
}
