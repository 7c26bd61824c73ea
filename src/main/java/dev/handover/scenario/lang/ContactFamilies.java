package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whole-clause contact requests fixed in every language at once, over normalised clauses: a person who could attend
 * to, explain or think along with the customer asked about politely; one of the business's advisers asked to explain
 * or call; a message on a messaging app asked for; being contacted again asked for; someone else put on the case;
 * going through the matter with someone; the way to a person or someone to talk to not found; a person preferred
 * for the matter ("I'd rather go through it with a person"); one of the business's professionals, or a department, on
 * the line ("could one of your plumbers ring me", "ich hätte gern den Meister am Telefon"); a named role asked to
 * call; a chat "1" for "a" ("hablar con 1 persona"). These are requests whatever negation they hold ("I can't find
 * how to talk to someone"), so they are read before the frames.
 */
final class ContactFamilies {

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:would it be possible|is it possible|is there (?:any )?(?:way|chance))"
                            + " for (?:someone|somebody|one of your \\w+s|a member of (?:your )?staff)(?: from (?:your"
                            + "|the) \\w+)? to (?:have a (?:quick )?word|talk|speak|chat) with (?:me|us)\\b"),
                    of("someone-who-could", "\\b(?:is|are) there (?:anyone|anybody|someone|somebody)(?: \\w+){0,4}? "
                            + "(?:i could|i can|who could|who can) (?:have a (?:quick )?word with|sit down with|go "
                            + "through (?:this|it|my \\w+|the \\w+|everything) with)\\b"),
                    of("be-contacted", "\\bi (?:d|would) (?:like|appreciate|love) (?:to be|being) (?:contacted|called "
                            + "back|rung back)\\b"),
                    of("go-through-with", "\\b(?:go|run|walk) through (?:this|it|that) with (?:someone|somebody|a "
                            + "person|one of your)\\b"),
                    of("way-not-found", "\\b(?:can not|could not) find (?:anywhere )?how to (?:talk|speak) to "
                            + "(?:someone|a person|a human)\\b|\\bis there (?:really )?no way to reach (?:a person|a "
                            + "human|someone|an agent)\\b"),
                    of("someone-i-could-with", "\\b(?:would there be|is there|are there) (?:anyone|anybody|someone"
                            + "|somebody)(?: \\w+){0,4}? i (?:could|can) (?:go over|go through|talk|discuss"
                            + "|run)(?: \\w+){0,4}? with$"),
                    of("on-the-line", "\\b(?:could|can|may) (?:i|we) (?:get|have) (?:the|your|someone from the"
                            + "|someone from your) \\w+(?: \\w+)? on the (?:line|phone)\\b(?! (?:bill|number|screen"
                            + "|app|contract|plan|charger|case)\\b)"),
                    of("one-of-your", "\\b(?:could|can|would) one of your \\w+s (?:phone|call|ring|contact|email"
                            + "|text) (?:me|us)\\b|\\b(?:talk|speak|chat) (?:to|with) one of your \\w+s\\b"),
                    of("role-call-me", "\\b(?:have|get|ask) (?:the|your) \\w+ (?:to )?(?:ring|call|phone|text"
                            + "|contact) (?:me|us)\\b")},
            "es", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:habria|hay|existe)(?: alguna)? (?:forma|manera|posibilidad|modo)"
                            + " de (?:que me (?:atienda|atiendan|llame)|hablar con) (?:uno|una|alguno|alguna) de (?:los"
                            + "|las|sus|vuestros|vuestras) \\w+s\\b|\\b(?:seria|sera) posible que (?:alguien"
                            + "|una persona)(?: de (?:la|el|su|vuestra|vuestro) \\w+)? me (?:atendiera|atendiese"
                            + "|llamara)\\b"),
                    of("someone-who-could", "\\b(?:habria|hay|habra) (?:alguien|alguna persona)(?: \\w+){0,3}? que "
                            + "(?:me )?(?:pudiera|pueda|podria|pudiese) (?:atender|explicar|asesorar|orientar)\\b"),
                    of("adviser-explain", "\\b(?:alguno|alguna|uno|una) de (?:sus|tus|vuestros|vuestras) (?:asesores|"
                            + "asesoras|agentes|comerciales|tecnicos) (?:me )?(?:puede|podria|pudiera) (?:explicar|"
                            + "llamar|atender|asesorar)\\b"),
                    of("app-message", "\\b(?:alguien|alguno) (?:me )?(?:puede|podria) (?:escribir|llamar)(?:"
                            + " \\w+){0,2}?"
                            + " (?:al |por )?(?:whatsapp|wasap|telegram)\\b"),
                    of("role-call-me", "\\bque me (?:llame|llamen|escriba|contacte) (?:el|la) (?:\\w+ista|tecnico|"
                            + "tecnica|asesor|asesora|fontanero|mecanico|encargado|encargada|gerente)\\b"),
                    of("be-contacted", "\\b(?:quisiera|me gustaria|agradeceria) ser (?:contactad[oa]|llamad[oa]|"
                            + "recontactad[oa])\\b"),
                    of("no-one-to-talk-to", "\\bno hay nadie (?:\\w+ ){0,3}?con quien hablar\\b"),
                    of("prefer-with-person", "\\bpreferiria (?:verlo|hablarlo|tratarlo|mirarlo|revisarlo|llevarlo"
                            + "|resolverlo) con (?:una persona|alguien|un agente|un humano|un asesor)\\b"
                            + "|\\bprefiero que (?:me atienda|lo vea|lo mire|lo lleve) (?:una persona|alguien"
                            + "|un humano|un asesor)\\b"),
                    of("app-message", "\\b(?:alguien|alguno|alguna)(?: de \\w+(?: \\w+)?)? (?:me )?(?:puede|podria"
                            + "|pueda) (?:escribir|llamar|mandar un mensaje)(?: \\w+){0,2}? (?:al "
                            + "|por )?(?:whatsapp|wasap|wsp|telegram)\\b"),
                    of("one-of-your", "\\b(?:hablar|hablarlo|consultarlo|verlo) con (?:uno|una|alguno"
                            + "|alguna) de (?:(?:sus|vuestros|vuestras|tus) \\w+s|(?:los|las) (?:abogad|tecnic"
                            + "|asesor|agent|comercial|medic|doctor|mecanic|especialist|responsabl|encargad|gestor"
                            + "|profesor|fontaner|electricist|notari|arquitect|veterinari|dentist|contable)\\w*s)\\b"),
                    of("way-not-found", "\\bno (?:se|encuentro|consigo ver) (?:\\w+ )?como (?:hablar con|contactar con"
                            + "|contactar a|llegar a) (?:una persona|alguien|un agente|un humano"
                            + "|atencion al cliente)\\b|\\bno hay (?:manera|forma"
                            + "|modo) de hablar con (?:una persona|alguien|un humano|un agente)\\b"),
                    of("chat-digit-one", "\\bhablar con 1 (?:persona|agente|humano)\\b")},
            "pt", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:sera que|seria possivel) (?:um|uma) d(?:os|as) \\w+s (?:poderia"
                            + "|podia|pode) (?:conversar|falar) comigo\\b"),
                    of("someone-who-could", "\\b(?:haveria|havera|ha|tem|teria) (?:alguem|alguma pessoa)(?: \\w+){0,3}?"
                            + " que (?:me )?(?:pudesse|possa|poderia) (?:atender|explicar|orientar)\\b"),
                    of("adviser-explain", "\\b(?:algum|alguma|um|uma) d(?:os|as) (?:vossos|vossas|seus|suas) "
                            + "(?:consultores|consultoras|atendentes|tecnicos) (?:me )?(?:pode|podia|poderia|pudesse) "
                            + "(?:explicar|ligar|atender)\\b"),
                    of("be-contacted", "\\b(?:gostaria|queria|agradecia|agradeceria) de ser (?:contactad[oa]|"
                            + "contatad[oa]|recontactad[oa])\\b"),
                    of("way-not-found", "\\bnao (?:acho|encontro|consigo achar|consigo encontrar)(?: \\w+){0,4}? como "
                            + "(?:falar|conversar|entrar em contato) com (?:alguem|um atendente|uma pessoa)\\b"),
                    of("no-one-to-talk-to", "\\bnao (?:ha|tem) ninguem (?:\\w+ ){0,3}?com quem falar\\b"),
                    of("prefer-with-person", "\\bprefiro (?:que )?(?:uma pessoa|alguem|um atendente|um humano)"
                            + " (?:veja|olhe"
                            + "|trate|analise|me atenda|cuide)\\b|\\bprefiro (?:ver|tratar|falar sobre"
                            + "|resolver) (?:isso |isto )?com (?:uma pessoa|alguem|um atendente|um humano)\\b"),
                    of("app-message", "\\balguem(?: d[aoe] \\w+)? (?:me )?(?:chama|chamar|liga|ligar|manda mensagem"
                            + "|escreve|escrever|pode me chamar|pode me ligar)(?: \\w+){0,2}? (?:no|pelo"
                            + "|por) (?:zap|zapzap|whats|whatsapp|telegram)\\b"),
                    of("where-is-person", "\\bcade (?:um|o) (?:atendente|humano|ser humano)\\b|\\bcade (?:uma"
                            + "|a) pessoa (?:de verdade|real)\\b"),
                    of("one-of-your", "\\bfalar com (?:um|uma|algum|alguma) d(?:os|as) (?:vossos|vossas|seus"
                            + "|suas) \\w+s\\b"),
                    of("no-way-to-talk", "\\bnao (?:ha|tem) (?:como|jeito|maneira|forma) de falar com (?:alguem"
                            + "|um atendente|uma pessoa|um humano)\\b"),
                    of("chat-digit-one", "\\bfalar com 1 (?:pessoa|atendente|humano)\\b"),
                    of("role-call-me", "\\b(?:pede|peca|pedi) (?:ao|a|pro|pra|para o|para a) \\w+ (?:me )?(?:ligar"
                            + "|retornar|chamar)\\b")},
            "fr", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:y aurait il|y a t il|il y aurait|est ce qu il y aurait|est ce qu"
                            + " il y a)(?: \\w+)? moyen de (?:discuter|parler|echanger)(?: \\w+)? (?:avec|a) (?:un|une"
                            + "|l un|l une) (?:des|de vos) \\w+\\b"),
                    of("someone-who-could", "\\b(?:y aurait il|y a t il|il y aurait) (?:quelqu un|une personne)"
                            + "(?: \\w+){0,3}? qui (?:pourrait|peut|puisse) (?:me recevoir|m expliquer|me"
                            + " conseiller)\\b"),
                    of("adviser-explain", "\\b(?:l un|un|une) de vos (?:conseillers|conseilleres|agents|techniciens) "
                            + "(?:pourrait|peut) (?:m expliquer|me rappeler|me recevoir)\\b"),
                    of("be-contacted", "\\b(?:je souhaiterais|j aimerais|je voudrais) etre (?:recontacte|rappele|"
                            + "contacte)e?\\b"),
                    of("way-not-found", "\\bje ne trouve (?:nulle part|pas)(?: \\w+){0,3}? comment (?:parler|joindre"
                            + "|contacter) (?:a |avec )?(?:quelqu un|une personne|un conseiller)\\b"),
                    of("no-one-to-talk-to", "\\bil n y a personne (?:\\w+ ){0,3}?a qui parler\\b"),
                    of("simpler-with-person", "\\b(?:plus simple|plus facile|preferable|mieux) (?:que je|que j|de)"
                            + " (?:en |le "
                            + "|lui )?(?:parle|parler|voie|voir|regle|regler)(?: \\w+){0,2}? (?:a"
                            + "|avec) (?:quelqu un|une personne|un conseiller|une conseillere|un humain)\\b"),
                    of("one-of-your", "\\b(?:parler|en parler|discuter|voir ca) (?:avec|a) (?:l )?(?:un"
                            + "|une) de vos \\w+s?\\b"),
                    of("way-not-found", "\\bje ne (?:trouve|sais) (?:nulle part|pas)(?: \\w+){0,3}? comment (?:parler"
                            + "|joindre|contacter) (?:a |avec )?(?:un vrai conseiller|une vraie personne"
                            + "|un vrai humain|un humain|un agent)\\b|\\b(?:il n y a|y a t il) (?:aucun|pas de"
                            + "|vraiment aucun) moyen de (?:parler|joindre) (?:a |avec )?(?:quelqu un"
                            + "|une personne|un conseiller|un humain)\\b"),
                    of("role-call-me", "\\b(?:demandez|dites) (?:au|a la|a l) \\w+ de me (?:rappeler|contacter"
                            + "|appeler)\\b"),
                    of("infinitive-as-participle", "\\b(?:je veux|je voudrais|j aimerais|je souhaite|je souhaiterais)"
                            + " parle (?:a"
                            + "|avec) (?:un|une|quelqu un|le|la|l)\\b"),
                    of("put-me-with", "\\b(?:vous pouvez|pouvez vous|pourriez vous|tu peux"
                            + "|peux tu) me mettre (?:en relation |en contact )?avec (?:un|une|quelqu un|le|la"
                            + "|l)\\b")},
            "de", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:gabe|gibt) es (?:\\w+ ){0,2}?(?:die )?moglichkeit (?:\\w+ ){0,2}?"
                            + "mit (?:einem|einer) (?:der|ihrer|eurer) \\w+(?: \\w+){0,4}? zu (?:sprechen|reden"
                            + "|telefonieren)\\b"),
                    of("someone-who-could", "\\b(?:gibt s|gibt es|gabe es)(?: bei (?:euch|ihnen))?(?: auch)? (?:wen|"
                            + "jemanden) der (?:sich )?(?:das |es )?mit mir (?:\\w+ ){0,2}?(?:anschaut|ansieht|"
                            + "durchgeht|bespricht|anguckt)\\b"),
                    of("app-message", "\\bkann mir (?:wer|jemand|einer)(?: \\w+){0,4}? (?:auf|per|uber) (?:whatsapp|"
                            + "signal|telegram)(?: \\w+){0,2}? schreiben\\b"),
                    of("go-through-with", "\\bmit (?:jemandem|einem menschen|einer person|einem berater)(?:"
                            + " \\w+){0,2}? "
                            + "(?:durchgehen|durchsprechen|besprechen)\\b"),
                    of("way-not-found", "\\bkeine ahnung wie man (?:bei (?:euch|ihnen) )?an (?:einen menschen|"
                            + "jemanden|einen mitarbeiter|eine person) (?:kommt|rankommt)\\b"),
                    of("no-one-to-talk-to", "\\bgibt es (?:denn )?(?:niemanden|keinen menschen) (?:\\w+ ){0,2}?mit "
                            + "dem (?:ich|man) (?:sprechen|reden) kann\\b"),
                    of("on-the-line", "\\b(?:(?:hatte|hatten|wurde|wurden) (?:gern|gerne|lieber)|mochte|mochten"
                            + "|will) (?:den|die|das|einen|eine|jemanden)(?: \\w+){1,3}? (?:selbst "
                            + "|personlich )?(?:dran(?:$| haben| bitte)|an der strippe|am telefon|an den apparat"
                            + "|am apparat|ans telefon)|\\bwie (?:ich|man) (?:bei (?:euch|ihnen) |hier "
                            + "|denn )?(?:jemanden|einen menschen|einen mitarbeiter|eine person"
                            + "|wen)(?: \\w+){0,2}? (?:ans telefon|an die strippe|an den apparat) (?:kriegt|kriege"
                            + "|krieg|bekommt|bekomme)\\b"),
                    of("app-message", "\\b(?:meldet|melde) sich (?:wer|jemand|einer)(?: \\w+){0,3}? (?:per|uber"
                            + "|auf) (?:whatsapp|signal|telegram) bei (?:mir|uns)\\b"),
                    of("anyone-to-talk", "\\bgibt es (?:hier |bei euch |bei ihnen )?(?:jemand|jemanden|wen"
                            + "|einen menschen)(?: \\w+)? (?:zum|fur ein) (?:quatschen|reden|sprechen|gesprach"
                            + "|telefonieren)\\b"),
                    of("someone-call", "\\bkann (?:(?:mir|mich|mal|ma) ){0,2}(?:wer|jemand|einer) (?:(?!ihn|sie|den"
                            + "|die|das|dem|der|es)\\w+ )?(?:anrufen|zuruckrufen)\\b"),
                    of("one-of-your", "\\bmit (?:einem|einer) (?:ihrer|eurer|ihren|euren) \\w+ (?:sprechen|reden"
                            + "|besprechen|klaren)\\b"),
                    of("role-call-me", "\\b(?:lassen sie|lasst|lass) (?:mich )?(?:den|die|das|einen"
                            + "|eine) \\w+ (?:mich )?(?:anrufen|zuruckrufen)\\b")},
            "it", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:c e|ci sarebbe|ce) (?:modo|la possibilita|possibilita|maniera) di"
                            + " (?:scambiare due parole|parlare|fare due chiacchiere) con (?:uno|una) de(?:i|gli|lle)"
                            + " \\w+\\b"),
                    of("someone-who-could", "\\b(?:ci sarebbe|c e|ci sara) (?:qualcuno|una persona)(?: \\w+){0,3}? che "
                            + "(?:mi )?(?:potrebbe|puo|possa|potesse) (?:seguire|spiegare|richiamare|ricevere)\\b"),
                    of("adviser-explain", "\\b(?:uno|una|qualcuno) dei (?:vostri|suoi) (?:consulenti|operatori|"
                            + "tecnici) (?:mi )?(?:potrebbe|puo|potesse) (?:spiegare|richiamare|seguire)\\b"),
                    of("be-contacted", "\\b(?:gradirei|vorrei|desidero|chiedo di) essere (?:ricontattat[oa]|"
                            + "richiamat[oa]|contattat[oa])\\b"),
                    of("no-one-to-talk-to", "\\bnon (?:c e|ci sia|ce) nessuno (?:\\w+ ){0,4}?con cui (?:poter )?"
                            + "parlare\\b"),
                    of("app-message", "\\b(?:potete|puoi|potreste|potrebbe|puo) (?:scrivermi|chiamarmi|contattarmi"
                            + "|richiamarmi) (?:su|via|per|tramite|con) (?:whatsapp|telegram|sms)\\b"),
                    // "non serve che mi passi un operatore": no need, so no request; "mi serve che mi passi" still asks
                    of("pass-me", "(?<!\\bnon |(?:non (?:serve|occorre|importa|voglio|e necessario|c e bisogno)"
                            + "|nessun bisogno|inutile) che )"
                            + "\\b(?:me|mi) (?:passate|passi|passa|potete passare|puoi passare) (?:qualcuno"
                            + "|(?:na|una|un) (?:persona|operatore|operatrice|umano|essere umano|collega|tecnico"
                            + "|responsabile|consulente))\\b"),
                    of("no-way-to-talk", "\\bnon (?:c e|ci sia|ce|c era|ci sarebbe) (?:\\w+ )?(?:modo|maniera"
                            + "|verso) di (?:parlare|contattare|raggiungere"
                            + "|sentire) (?:con )?(?:un essere umano|una persona|un operatore|qualcuno"
                            + "|un umano)\\b|\\bnon so come (?:parlare con|contattare"
                            + "|raggiungere) (?:un operatore|una persona|qualcuno|un essere umano)\\b"),
                    of("callback-plural", "\\b(?:mi|ci) (?:chiamate|richiamate|chiamereste|richiamereste)\\b(?!"
                            + " (?:sempre"
                            + "|ogni|di continuo|troppo))"),
                    of("chat-digit-one", "\\bparlare con 1 (?:persona|operatore|umano)\\b"),
                    of("role-call-me", "\\b(?:fate|fatemi|mi faccia|mi fate|fammi) (?:richiamare|chiamare"
                            + "|contattare) (?:dal|dalla|dall|da un|da una) \\w+\\b")},
            "nl", new NamedPattern[] {
                    of("way-to-talk-with", "\\b(?:is|zou) er (?:misschien |ook )?(?:een )?(?:mogelijkheid|manier)"
                            + " (?:zijn )?om (?:een van de|een van jullie|een van uw) (?:\\w+ ){1,2}?te (?:spreken"
                            + "|bellen)\\b"),
                    of("someone-who-could", "\\b(?:zou er (?:misschien |ook )?iemand zijn die|is er (?:misschien |ook )"
                            + "?iemand die)(?: \\w+){0,4}? (?:mee (?:kan|kunnen) denken|meedenken|mee kan kijken|"
                            + "meekijken|kan uitleggen)\\b"),
                    of("app-message", "\\b(?:kunnen jullie|kan iemand|kan er iemand) (?:me|mij) (?:een )?(?:appje|"
                            + "berichtje|whatsappje) (?:sturen|doen)\\b(?=.*\\biemand\\b)"),
                    of("someone-else-on-it", "\\bzet (?:er )?(?:iemand|een collega)(?: anders)? (?:op|erop)\\b|"
                            + "\\b(?:kan|kunnen) er (?:nou |nu |eindelijk |even )*(?:iemand|een medewerker) "
                            + "(?:meekijken|mee kijken)\\b"),
                    of("go-through-with", "\\b(?:loop|neem|bespreek) (?:dit|het|dat) (?:\\w+ ){0,2}?(?:door )?met "
                            + "iemand\\b"),
                    of("way-not-found", "\\bgeen idee hoe ik (?:bij jullie )?(?:ooit )?(?:iemand|een medewerker|een "
                            + "mens) (?:te pakken krijg|kan bereiken|bereik)\\b|\\b(?:is|zijn) er (?:echt )?geen "
                            + "(?:enkele )?(?:manier|mogelijkheid) om (?:een medewerker|iemand|een mens) te "
                            + "(?:bereiken|spreken)\\b"),
                    of("prefer-with-person", "\\b(?:overleg|bespreek|regel) (?:ik )?(?:dat|dit"
                            + "|het) (?:\\w+ ){0,3}?(?:het liefst|liever|graag) met (?:een mens|iemand"
                            + "|een medewerker|een persoon)\\b"),
                    // a plain "bellen" asked of the business or one of its roles, not only "terugbellen"
                    of("role-call-me", "\\b(?:kan|kunt|kunnen|zou|zouden|wil|wilt) (?:de \\w+|u|jullie|iemand|er "
                            + "iemand) (?:mij|me) (?:(?!niet|nooit)\\w+ ){0,3}?bellen\\b"),
                    of("someone-who-calls", "^(?:is er )?iemand die (?:me|mij) (?:\\w+ ){0,2}?(?:kan|wil"
                            + "|zou kunnen) (?:bellen|terugbellen|opbellen)\\b"),
                    of("someone-here", "^(?:is er )?iemand (?:van de|vd|van) (?:klantenservice|\\w+afdeling|support"
                            + "|helpdesk|winkel|zaak)(?: hier| aanwezig| online| beschikbaar)$"),
                    of("want-with", "^(?:ik )?wil (?:graag |even )?met (?:iemand|een medewerker|een mens"
                            + "|een persoon)(?: van (?:de )?\\w+)?$"),
                    of("way-not-found", "\\b(?:weet (?:ik )?niet|geen idee) hoe ik (?:\\w+ ){0,2}?(?:de klantenservice"
                            + "|een medewerker|iemand|een mens|de helpdesk) (?:bereik|kan bereiken"
                            + "|te pakken krijg|kan spreken|spreek)\\b"),
                    of("one-of-your", "\\bmet (?:een|een van) (?:jullie|uw) \\w+ (?:spreken|praten|overleggen"
                            + "|bellen)\\b")});

    private ContactFamilies() {
    }

    /**
     * This family's requests and those of the other whole-clause families ({@link CourteousAsks},
     * {@link RealPersonAsks}, {@link BotRefusals},
     * {@link RelayedCallbacks}, {@link UnderstandingPersonAsks}, {@link WonderingAsks}, {@link DepartmentAsks}), which
     * are read the same way.
     */
    static NamedPattern[] requests(String language) {
        return Stream.of(REQUESTS.get(language), CourteousAsks.requests(language), RealPersonAsks.requests(language),
                        BotRefusals.requests(language), RelayedCallbacks.requests(language),
                        UnderstandingPersonAsks.requests(language), WonderingAsks.requests(language),
                        DepartmentAsks.requests(language))
                .flatMap(Arrays::stream).toArray(NamedPattern[]::new);
    }
}
