package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * Fallback families fixed in every language at once, over normalised text, so a family's siblings live side by side:
 * a task the bot cannot do through this chat or channel ("I can't move the booking via this chat"); a bot that is only
 * the assistant for one topic; the question put to a named trade with an answer promised later ("das gebe ich an
 * unsere Werkstatt weiter, Sie bekommen Bescheid"), or checked with one ("let me ask our technician ... and I'll get
 * back to you"); an answer the bot will have checked or confirm before telling, or will not promise until the team has
 * ("I can't promise it without confirming"); a search that found nothing; not seeing what the customer means, or not
 * following them ("non ti seguo") or what they are talking about ("je ne vois pas de quoi vous parlez"). Doubts
 * ({@link #uncertain}) count only when no question follows.
 */
final class FallbackFamilies {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {
                    of("not-via-chat", "\\bi (?:can not|am not able to|m not able to|am unable to|m unable to) "
                            + "\\w+(?: \\w+){0,6}? (?:via|through|over|in|on|from) (?:this|the) (?:chat|channel)\\b"),
                    of("only-assistant", "\\bi (?:am|m) (?:only|just) (?:the |a |an )?(?:\\w+ )?(?:assistant|bot)\\b"
                            + "|\\bi (?:am|m) only (?:set up|trained|built|programmed) (?:for|to)\\b"),
                    of("have-it-checked", "\\bi ll have (?:it|that|this) (?:checked|confirmed|verified)\\b"),
                    of("not-talking-about", "\\bi (?:do not|don t) (?:quite |really )?(?:know|see) what you (?:are|re) (?:talking|referring) (?:about|to)\\b"),
                    of("not-what-you-mean", "\\bi do not (?:quite )?(?:see|know) what you mean\\b"),
                    of("check-with-trade", "\\b(?:let me|i ll|i will) (?:ask|check with) (?:the"
                            + "|our) \\w+(?: \\w+){0,10}? (?:and )?(?:i ll|i will|we ll|we will) (?:come back"
                            + "|get back|let you know|follow up)\\b"),
                    of("search-found-nothing", "\\bi (?:searched|looked|checked)(?: \\w+){0,4}? but (?:nothing|no"
                            + " results?"
                            + "|no match) (?:came up|turned up|was found|showed up)\\b|\\bi (?:can not"
                            + "|could not) find (?:that|this|any|it|anything)(?: \\w+){0,3}? in (?:our"
                            + "|the) (?:catalog|catalogue|faq|system|records|database|knowledge base)\\b"),
                    of("until-confirmed", "\\b(?:do not|don t) rely on (?:that|this|it) until (?:the|our) \\w+ (?:has "
                            + "|have )?confirm(?:ed|s)?\\b|\\bi (?:d|would) (?:rather|prefer) (?:the"
                            + "|our) \\w+ confirms? (?:it|that|this)\\b"),
                    of("not-following", "\\bi (?:can not|am not able to|m not able to) (?:quite )?follow (?:you"
                            + "|that)\\b|\\bi (?:am|m) not (?:quite |sure i m )?following(?: you)?\\b(?! up)")},
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
                    of("not-talking-about", "\\bno (?:se|entiendo|veo) (?:bien )?de que (?:me )?(?:hablas|habla|hablais|estas hablando|esta hablando)\\b"),
                    of("not-what-you-mean", "\\bno (?:se|entiendo) (?:bien )?a que te refieres\\b|\\bno se a que se "
                            + "refiere\\b"),
                    of("check-with-trade", "\\blo (?:consulto|pregunto|compruebo|miro|reviso) con (?:el|la|nuestro"
                            + "|nuestra) \\w+(?: \\w+){0,8}? y (?:te|le|os) (?:aviso|digo|escribo|confirmo"
                            + "|contesto)\\b|\\bpaso (?:tu|su) (?:consulta|pregunta|solicitud|peticion) (?:al"
                            + "|a la|a nuestro|a nuestra) \\w+(?: \\w+){0,6}? (?:te|le|os) (?:contactara"
                            + "|llamara|respondera|escribira)\\b"),
                    of("search-found-nothing", "\\bno (?:he encontrado|encuentro|localizo|he localizado) (?:ese|este|"
                            + "esa|esta"
                            + "|ningun|ninguna|el|la)(?: \\w+){0,3}? en (?:nuestro|el|nuestra|la) (?:catalogo"
                            + "|sistema|base de datos|faq|web)\\b"
                            + "|\\bhe buscado(?: \\w+){0,8}? pero no (?:aparece|sale|ha salido|encuentro"
                            + "|he encontrado) (?:nada|ningun|ninguna)\\b"),
                    of("until-confirmed", "\\bno (?:quiero|puedo) (?:prometer|asegurar|garantizar)(?:te|le|lo"
                            + "|selo)?(?: \\w+){0,2}? sin (?:confirmar|comprobar|consultar)\\b"
                            + "|\\bprefiero que (?:el|la|nuestro|nuestra) \\w+ (?:te |se |le "
                            + "|os )?lo confirme\\b"),
                    of("not-following", "\\bno (?:te|le|os) (?:he )?pillado\\b|\\bno (?:te|le|os) (?:sigo"
                            + "|estoy siguiendo|acabo de pillar|pillo)\\b")},
            "pt", new NamedPattern[] {
                    of("not-via-chat", "\\bnao (?:consigo|posso|tenho como) \\w+(?: \\w+){0,6}? (?:por|pelo|neste|"
                            + "nesse|via) (?:este |esse )?(?:canal|chat)\\b"),
                    of("cannot-help", "\\bnao (?:te|lhe) (?:consigo|posso) (?:ajudar|orientar|dizer|informar|"
                            + "aconselhar|confirmar)\\b"),
                    of("only-assistant", "\\bsou (?:so|apenas|somente) (?:o|um|a|uma) (?:assistente|bot|robo)\\b|"
                            + "\\b(?:so|apenas) (?:estou preparad[oa]|fui programad[oa]|fui treinad[oa]) para\\b"),
                    of("have-it-checked", "\\b(?:vou|deixa eu) (?:mandar )?(?:confirmar|verificar|checar) e (?:te|lhe) "
                            + "(?:aviso|digo|retorno)\\b|\\bconfirmo e (?:te|lhe) (?:aviso|digo)\\b"),
                    of("not-talking-about", "\\bnao (?:sei|entendi|entendo|percebo) (?:bem )?(?:do|de) que (?:voce|vc|tu|o senhor|a senhora)? ?(?:esta|estas|ta)? ?(?:fala|falando|a falar)\\b"),
                    of("not-what-you-mean", "\\bnao (?:sei|entendi|entendo) o que (?:voce|vc|tu) (?:quer|quis) "
                            + "dizer\\b"),
                    of("check-with-trade", "\\b(?:vou|deixa eu|deixe me|deixa me) (?:ver|verificar|confirmar|checar"
                            + "|perguntar) com (?:a|o|nosso|nossa) \\w+(?: \\w+){0,12}? (?:e )?(?:ja )?(?:te"
                            + "|lhe|vos) (?:aviso|digo|retorno|respondo)\\b|\\bvou (?:deixar anotado|passar"
                            + "|encaminhar)(?: \\w+){0,2}? (?:para|pra|ao|a) (?:o "
                            + "|a )?\\w+(?: \\w+){0,3}? (?:ele|ela|eles|que) (?:te|lhe|vos) (?:responde"
                            + "|retorna|liga|contata|contacta|escreve)\\b"),
                    of("search-found-nothing", "\\bnao (?:localizei|encontrei|achei) (?:esse|este|essa|esta|nenhum|"
                            + "nenhuma|o"
                            + "|a)(?: \\w+){0,3}? n[oa] (?:nosso |nossa )?(?:catalogo|sistema|base|cadastro"
                            + "|faq|site)\\b|\\bprocurei(?: \\w+){0,8}? mas nao (?:apareceu|encontrei|achei"
                            + "|veio|deu) (?:nenhum|nada|nenhuma)\\b"),
                    of("until-confirmed", "\\bnao (?:quero|posso|gostaria de) (?:prometer|garantir"
                            + "|afirmar)(?: \\w+){0,2}? sem (?:confirmar|verificar|checar)\\b"),
                    of("not-following", "\\bnao (?:estou|to) (?:te |lhe )?(?:acompanhando|conseguindo acompanhar)\\b"
                            + "|\\bnao (?:te|lhe) (?:acompanhei|sigo)\\b")},
            "fr", new NamedPattern[] {
                    of("not-via-chat", "\\bje ne (?:peux|pourrai|suis pas en mesure de) (?:pas )?\\w+(?: \\w+){0,6}? "
                            + "(?:par|via|sur|dans) (?:ce|le) (?:canal|chat|tchat)\\b"),
                    of("only-assistant", "\\bje (?:ne suis qu|suis seulement|suis juste) (?:l |un |une |le |la )?"
                            + "(?:assistant|assistante|bot|robot)\\b"),
                    of("have-it-checked", "\\bje (?:fais|vais faire) (?:verifier|confirmer)\\b|\\bje (?:verifie|"
                            + "confirme) et (?:je )?(?:vous|te) (?:dis|tiens|redis)\\b"),
                    of("not-talking-about", "\\bje ne (?:vois|comprends|sais) pas (?:bien |trop )?de quoi (?:vous|tu) (?:parlez|parles|voulez parler|veux parler)\\b"),
                    of("not-what-you-mean", "\\bje ne (?:vois|comprends|sais) pas (?:bien |trop )?ce que (?:vous "
                            + "voulez|tu veux) dire\\b"),
                    of("check-with-trade", "\\bje (?:transmets|transmet|passe) (?:votre|ta) (?:demande|question) (?:a|"
                            + "au"
                            + "|a la|a notre) \\w+(?: \\w+){0,6}? (?:qui )?(?:vous|te) (?:recontactera"
                            + "|rappellera|repondra|recontacte|rappelle)\\b|\\bje (?:vois|verifie) avec (?:le"
                            + "|la|l|notre) \\w+(?: \\w+){0,8}? (?:et )?(?:je )?(?:vous|te) (?:redis"
                            + "|tiens au courant|recontacte|reviens)\\b"),
                    of("search-found-nothing", "\\bje n ai (?:pas )?(?:trouve|localise) (?:ce|cet|cette|aucun"
                            + "|aucune)(?: \\w+){0,3}? dans (?:notre|le|la) (?:catalogue|systeme|base|faq)\\b"
                            + "|\\bj ai cherche(?: \\w+){0,8}? mais (?:rien|aucun resultat) (?:n est|n a|ne)\\b"),
                    of("until-confirmed", "\\bje prefere (?:que|qu) (?:le|la|l|notre) \\w+ (?:vous |te )?(?:le "
                            + "|la )?confirme\\b|\\bje ne (?:veux|peux) (?:rien )?(?:promettre|garantir"
                            + "|affirmer)(?: \\w+){0,2}? sans (?:l avoir |avoir )?(?:verifie|confirme)\\b"),
                    of("not-following", "\\bje ne (?:vous|te) suis pas\\b|\\bje ne suis pas (?:sur"
                            + "|certain) de (?:bien )?(?:vous|te) suivre\\b")},
            "de", new NamedPattern[] {
                    of("not-via-chat", "\\b(?:kann ich|ich kann)\\b(?=(?: \\w+){0,8}? nicht\\b)(?=(?: \\w+){0,8}? "
                            + "(?:uber|per|im|via) (?:den |diesen |dem )?(?:chat|kanal)\\b)"),
                    of("only-assistant", "\\bich bin (?:nur|lediglich|bloss) (?:der|die|ein|eine) (?:\\w*assistent"
                            + "(?:in)?|bot|chatbot)\\b|\\bich bin nur fur (?:\\w+ ){0,3}?zustandig\\b"),
                    of("pass-on-reply", "\\b(?:gebe|leite|reiche) ich (?:\\w+ ){0,2}?(?:an|zu) (?:unsere|unseren|unser|"
                            + "die|den) \\w+ weiter\\b(?=.*\\b(?:bescheid|ruckmeldung|antwort|melden uns|meldet"
                            + " sich)\\b)"),
                    of("have-it-checked", "\\bich lasse (?:das|es) (?:\\w+ )?(?:prufen|bestatigen|checken|klaren)\\b"),
                    of("not-talking-about", "\\bich (?:weiß|weiss|verstehe) (?:leider )?nicht (?:ganz )?wovon (?:sie|du|ihr) (?:sprechen|sprichst|reden|redest|sprecht|redet)\\b"),
                    of("not-what-you-mean", "\\bich (?:weiß|weiss|verstehe) (?:leider )?nicht (?:ganz )?was (?:sie|"
                            + "du) (?:meinen|meinst)\\b"),
                    of("check-with-trade", "\\bich frage (?:mal |kurz |gern )?(?:bei )?(?:unsere[rnm]?|der|dem|die"
                            + "|den) \\w+ nach und (?:melde mich|gebe (?:ihnen|dir) bescheid|komme)\\b"
                            + "|\\bich (?:klare|kläre|prufe) das (?:kurz |mal )?mit (?:unsere[rnm]?|der"
                            + "|dem) \\w+ (?:ab )?und (?:melde mich|gebe (?:ihnen|dir) bescheid)\\b"),
                    of("search-found-nothing", "\\bich (?:finde|habe) (?:\\w+ ){0,3}?(?:nicht|nichts"
                            + "|keine[n]?) (?:\\w+ ){0,2}?in (?:unserem|dem|unserer|der) (?:katalog|system"
                            + "|sortiment|faq|datenbank)\\b|\\b(?:hab"
                            + "|habe) (?:ich )?(?:\\w+ ){0,3}?gesucht(?: \\w+){0,6}? aber (?:nichts"
                            + "|keine treffer|kein ergebnis|keinen treffer)\\b"),
                    of("until-confirmed", "\\b(?:mochte|will) (?:ich )?(?:ihnen |dir )?(?:nichts|das nicht"
                            + "|es nicht) (?:versprechen|zusagen) (?:bevor|ohne)\\b"
                            + "|\\bverlassen sie sich (?:bitte )?(?:noch )?nicht darauf (?:bevor|bis)\\b"),
                    of("not-following", "\\b(?:ich )?(?:steh|stehe) (?:\\w+ ){0,3}?auf dem schlauch\\b"
                            + "|\\bich kann (?:dir|ihnen|euch) (?:gerade |leider )?nicht (?:ganz )?folgen\\b")},
            "it", new NamedPattern[] {
                    of("not-via-chat", "\\bnon (?:ti |le |lo |la )?(?:posso|riesco a|sono in grado di) \\w+"
                            + "(?: \\w+){0,6}? (?:tramite|via|in|da|su|per) (?:questa |la )?(?:chat|canale)\\b"),
                    of("only-assistant", "\\bsono (?:solo|soltanto|solamente) (?:l |un |una |il )?(?:assistente|"
                            + "bot)\\b"),
                    of("have-it-checked", "\\blo faccio (?:controllare|verificare|confermare)\\b|\\b(?:controllo|"
                            + "verifico) e ti (?:faccio sapere|dico)\\b"),
                    of("not-talking-about", "\\bnon (?:capisco|so|ho capito) (?:bene )?di (?:cosa|che cosa|che) (?:stai parlando|parli|parla|sta parlando|state parlando)\\b"),
                    of("not-what-you-mean", "\\bnon (?:capisco|so|ho capito) (?:bene )?cosa (?:intendi|intende|vuoi "
                            + "dire|vuole dire)\\b"),
                    of("check-with-trade", "\\bpasso la (?:tua|sua|vostra) (?:richiesta|domanda) (?:al|alla|a"
                            + "|all) (?:nostro |nostra )?\\w+(?: \\w+){0,4}? (?:ti|la|vi|le) (?:ricontatta"
                            + "|richiama|risponde|contatta|fa sapere|ricontattera|richiamera|rispondera)\\b"
                            + "|\\bsento (?:il|la|l|lo) \\w+ e (?:ti|le|vi) (?:faccio sapere|ricontatto"
                            + "|dico)\\b|\\b(?:devo|dovrei) (?:prima )?(?:sentire|chiedere a|chiedere al|chiedere alla"
                            + "|verificare con) (?:il |la |l |lo )?\\w+(?: \\w+){0,14}? (?:ti|le|vi) (?:ricontatto"
                            + "|richiamo|faccio sapere|riscrivo|aggiorno)\\b"),
                    of("search-found-nothing", "\\bnon (?:trovo|ho trovato) (?:questo|questa|nessun|nessuna|il"
                            + "|la)(?: \\w+){0,3}? nel (?:nostro )?(?:catalogo|sistema|archivio)\\b"
                            + "|\\bho cercato(?: \\w+){0,8}? ma non (?:e uscito|esce|risulta"
                            + "|ho trovato) (?:nulla|niente|nessun|nessuna)\\b"),
                    of("until-confirmed", "\\bnon (?:voglio|posso) (?:prometter(?:ti|le|lo|vi)?|garantir(?:ti|le|lo"
                            + "|vi)?)(?: \\w+){0,2}? senza (?:confermare|verificare|sentire)\\b"
                            + "|\\bpreferisco che (?:il|la|lo|l) \\w+ (?:te |glielo |ve |ce )?lo confermi\\b"),
                    of("not-following", "\\bnon (?:ti|la|vi) (?:seguo|sto seguendo)\\b")},
            "nl", new NamedPattern[] {
                    of("not-via-chat", "\\b(?:ik kan|kan ik)(?: \\w+){0,6}? niet(?: \\w+){0,4}? via (?:deze|de|dit) "
                            + "(?:chat|kanaal)\\b|\\b(?:ik kan|kan ik)(?: \\w+){0,4}? via (?:deze|de|dit) (?:chat|"
                            + "kanaal)(?: \\w+){0,4}? niet\\b"),
                    of("only-assistant", "\\bik ben (?:maar|alleen|slechts) (?:de|een) (?:\\w*assistent|bot|"
                            + "chatbot)\\b|\\bik ben alleen (?:bedoeld|ingesteld|getraind) (?:voor|om)\\b"),
                    of("pass-on-reply", "\\b(?:ik )?leg (?:het|dit|dat|je vraag|uw vraag) (?:even |eerst )?voor aan\\b"),
                    of("have-it-checked", "\\bik laat (?:het|dat|dit) (?:even )?(?:nakijken|checken|controleren|"
                            + "navragen)\\b"),
                    of("not-talking-about", "\\bik (?:weet|snap|begrijp) (?:niet|even niet) (?:goed )?waar (?:je|u|jij) het over (?:hebt|heeft)\\b"),
                    of("not-what-you-mean", "\\bgeen touw aan vast(?:knopen|te knopen)?\\b|\\bik (?:snap|begrijp) "
                            + "(?:niet|even niet) (?:goed )?wat (?:je|u) (?:bedoelt|bedoeld)\\b"),
                    of("check-with-trade", "\\bik (?:check|controleer|vraag|verifieer) (?:het|dat"
                            + "|dit) (?:even )?(?:na )?bij (?:de|het|onze|ons) \\w+ en (?:kom|laat|meld)\\b"),
                    of("search-found-nothing", "\\bik (?:kan|vind) (?:\\w+ ){0,3}?niet (?:vinden )?in (?:onze|de"
                            + "|ons) (?:catalogus|systeem|assortiment|faq)\\b"
                            + "|\\bik heb gezocht(?: \\w+){0,8}? maar (?:er kwam |er komt |vond )?(?:niets|niks"
                            + "|geen resultaten?|geen resultaat)\\b"),
                    of("until-confirmed", "\\bik (?:wil|kan) (?:niets|dat niet|het niet|u niets|je niets) (?:beloven"
                            + "|toezeggen) (?:zonder|voordat)\\b"),
                    of("not-following", "\\bik kan (?:je|u|jou) (?:\\w+ )?niet (?:goed |helemaal |zo goed )?"
                            + "volgen\\b")});

    private static final Map<String, NamedPattern[]> UNCERTAIN = Map.of(
            "en", new NamedPattern[] {of("not-sure", "\\bi do not know for (?:sure|certain)\\b")},
            "es", new NamedPattern[] {of("not-sure", "\\bno (?:lo )?se (?:seguro|con seguridad|a ciencia cierta)\\b")},
            "pt", new NamedPattern[] {of("not-sure", "\\bnao (?:sei|tenho) (?:ao certo|com certeza|certeza)\\b")},
            "fr", new NamedPattern[] {of("not-sure", "\\bje ne (?:le )?sais pas (?:avec certitude|exactement|au"
                    + " juste)\\b")},
            "de", new NamedPattern[] {of("not-sure", "\\bich (?:weiß|weiss) (?:es |das )?nicht (?:genau|sicher|mit "
                    + "sicherheit)\\b")},
            "it", new NamedPattern[] {of("not-sure", "\\bnon (?:lo )?so (?:con certezza|di preciso|per certo)\\b")},
            "nl", new NamedPattern[] {of("not-sure", "\\bik weet (?:het |dat )?niet (?:zeker|precies)\\b")});

    private FallbackFamilies() {
    }

    /**
     * These families, the bot's own limits ({@link OwnLimitFallbacks}), a topic outside its role
     * ({@link RoleBoundFallbacks}), an empty look-up ({@link EmptySearches}), a gap in its notes
     * ({@link DataGapFallbacks}) and a task beyond it ({@link OutOfReachFallbacks}), kept apart for the files' length.
     */
    static NamedPattern[] certain(String language) {
        return NamedPattern.join(CERTAIN.get(language), OwnLimitFallbacks.certain(language),
                RoleBoundFallbacks.certain(language), EmptySearches.certain(language),
                DataGapFallbacks.certain(language), OutOfReachFallbacks.certain(language));
    }

    /** Plain doubts, the bot's own limits and a hedged guess ({@link HedgedFallbacks}). */
    static NamedPattern[] uncertain(String language) {
        return NamedPattern.join(UNCERTAIN.get(language), OwnLimitFallbacks.uncertain(language),
                HedgedFallbacks.uncertain(language));
    }
}
