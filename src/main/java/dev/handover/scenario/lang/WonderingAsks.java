package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A person asked for as an indirect question, over normalised clauses: the customer wonders whether someone of the
 * business could take them on ("I was wondering if someone from the clinic could hop on the chat with me", "me
 * preguntaba si alguna persona del despacho podría atenderme", "je me demandais si quelqu'un du service client
 * pouvait reprendre ma conversation", "mi chiedevo se qualcuno dello studio potesse rispondermi", "ik vroeg me af of
 * er iemand van de helpdesk mee kan kijken"), asks whether it would be possible that someone does ("zou het mogelijk
 * zijn dat iemand van het team mij persoonlijk helpt", "wäre es möglich, dass mir jemand vom Team persönlich
 * antwortet", "será que algum colaborador podia continuar esta conversa comigo"), or asks a colleague of the bot's
 * to look at the case ("könnte sich ein Kollege von Ihnen meinen Fall anschauen").
 * <p>
 * Each needs a person (someone, a colleague, a member of the team) and a verb of taking the customer on: answering,
 * talking with them, taking the conversation over, looking at their case. So the wondering about the business ("I
 * was wondering if you open on Sundays"), about a service done by a person ("would it be possible to book someone
 * for a haircut") or about someone's experience ("is there anyone who has tried this") stays out. The wondering
 * words are courtesy conditions ({@link CourteousAsks}), masked before these are read, so the mask stands for them.
 */
final class WonderingAsks {

    /** What the courtesy conditions leave of "wondering if", "me preguntaba si", "je me demandais si" ... */
    private static final String MASK = "~";

    private static final Map<String, NamedPattern[]> REQUESTS = Map.of(
            "en", new NamedPattern[] {
                    of("wondering-someone-could", "\\b(?:i was|i am|i m|just) " + MASK + " (?:someone|somebody"
                            + "|anyone|anybody|one of your \\w+|a member of (?:your |the )?(?:team|staff)|a colleague"
                            + " of yours|a (?:real )?person)(?: (?:from|at|in|on) (?:the |your )?\\w+(?: \\w+)?)?"
                            + " (?:could|can|would be able to|" + MASK + ") (?:(?:hop|jump|get) on (?:the |a )?"
                            + "(?:chat|line|phone|call)|have a (?:quick )?(?:word|chat) with (?:me|us)|(?:talk|speak"
                            + "|chat) (?:to|with) (?:me|us)|talk (?:me|us) through|go (?:over|through) (?:this|it|"
                            + "my \\w+) with (?:me|us)|(?:answer|reply to|respond to|get"
                            + " back to|call|ring) (?:me|us)|take over (?:this|my|the) (?:chat|conversation|case)"
                            + "|pick (?:this|my case|my chat) up|look (?:at|into|over) my (?:case|file|account"
                            + "|booking|order|claim))\\b"),
                    of("possible-for-someone-to", "\\b(?:would it be|is it) possible for (?:someone|somebody|a person"
                            + "|one of your \\w+|a member of (?:your |the )?(?:team|staff))(?: (?:from|at|in) (?:the"
                            + " |your )?\\w+(?: \\w+)?)? to (?:have a (?:quick )?chat with (?:me|us)|(?:hop|jump|get)"
                            + " on (?:the |a )?(?:chat|line|phone|call) with (?:me|us)|take over (?:this|my)"
                            + " (?:chat|conversation))\\b")},
            "es", new NamedPattern[] {
                    of("wondering-someone-could", "(?:" + MASK + "|me preguntaba si|me pregunto si) (?:alguien"
                            + "|alguna persona|una persona|algun (?:agente|asesor|companero|empleado)"
                            + "|alguno de (?:ustedes|vosotros|sus companeros|tus companeros))(?: (?:de|del|de la)"
                            + " \\w+(?: \\w+)?)? (?:podria|pudiera|puede|podra|pudiese) (?:atenderme"
                            + "|hablar conmigo|llamarme|contactarme|responderme|contestarme|escribirme|ayudarme"
                            + " (?:personalmente|en persona)|revisar (?:lo de|mi|mis|el|la) \\w+|mirar (?:lo de|mi|mis)"
                            + " \\w+|seguir (?:esta|la) conversacion conmigo)\\b"),
                    of("possible-that-someone", "\\b(?:seria|sera) posible que (?:alguien|una persona|alguno de"
                            + " (?:ustedes|vosotros))(?: (?:de|del|de la) \\w+(?: \\w+)?)? (?:me )?(?:atienda|atendiera"
                            + "|responda|respondiera|conteste|contestara|revise|revisara|llame|llamara|ayude"
                            + " personalmente|ayudara personalmente)\\b")},
            "pt", new NamedPattern[] {
                    of("wondering-someone-could", "(?<!\\w)(?:sera que|estava a pensar se|estava pensando se|queri"
                            + "a saber"
                            + " se|" + MASK + ") (?:dava (?:para|pra) )?(?:alguem|(?:algum|alguma|um|uma)"
                            + " (?:colaborador|colaboradora|colega|funcionario|funcionaria|atendente|consultor"
                            + "|consultora|operador|operadora|pessoa)(?: (?:vosso|vossa|seu|sua))?)(?: d[aoe]s?"
                            + " \\w+(?: \\w+)?)?(?: (?:podia|poderia|pode|conseguia|conseguiria|pudesse|possa))?"
                            + " (?:continuar (?:esta|essa|a) conversa comigo|falar comigo|atender me|me atender"
                            + "|ligar me|me ligar|responder me|me responder|ver o meu (?:caso|processo|pedido)"
                            + "|olhar (?:para )?o meu (?:caso|processo|pedido)|ajudar me pessoalmente"
                            + "|me ajudar pessoalmente|pegar (?:o meu caso|esta conversa))\\b")},
            "fr", new NamedPattern[] {
                    of("wondering-someone-could", "(?:" + MASK + "|je me demandais si|je me demande si|est ce qu)"
                            + " (?:quelqu un|une personne|un membre de (?:l equipe|votre equipe)|un (?:conseiller"
                            + "|collegue|agent|de vos collegues|de vos conseillers)|une (?:conseillere|collegue"
                            + "|de vos collegues))(?: (?:du|de la|de l|des|de) \\w+(?: \\w+)?)? (?:pourrait|pouvait"
                            + "|puisse) (?:me repondre|m accorder (?:\\w+ ){0,2}?minutes|reprendre (?:ma|la|cette)"
                            + " (?:conversation|discussion|demande)|me rappeler|m appeler|me contacter|prendre le "
                            + "relais"
                            + "|regarder mon dossier|jeter un (?:oeil|coup d oeil) a mon dossier|s occuper de (?:moi"
                            + "|mon dossier|ma demande)|me parler|discuter avec moi|me conseiller)\\b")},
            "de", new NamedPattern[] {
                    of("colleague-could-look", "^(?:(?:entschuldigen sie|entschuldigung|hallo|guten tag) )*"
                            + "(?:konnte|konnten|wurde) (?:sich )?(?:vielleicht |eventuell |eventull |bitte |~ )?("
                            + "?:ein kollege"
                            + "|eine kollegin|jemand|ein mitarbeiter|eine mitarbeiterin)(?: von ihnen| von euch"
                            + "| aus ihrem team| vom team)? (?:meinen fall|mein anliegen|meine anfrage|das|mich)"
                            + " (?:anschauen|anschaun|ansehen|ubernehmen|beraten)\\b"),
                    // the comma German sets before "dass" and "ob" splits the ask from its opener
                    of("wondering-someone-could", "^(?:ich (?:wollte|wollte mal|mochte) fragen|ich (?:hab|habe)"
                            + " mich gefragt|ich frage mich|ware es moglich|ware es denkbar) \\| ob (?:mich|mir)"
                            + " (?:" + MASK + " )?(?:ein kollege|eine kollegin|jemand|ein mitarbeiter|eine"
                            + " mitarbeiterin)(?: von ihnen| von euch| aus ihrem team| vom team)? (?:personlich )?"
                            + "(?:ubernehmen|beraten|antworten|zuruckrufen|anrufen|helfen|weiterhelfen) (?:konnte"
                            + "|konnten|wurde)$"),
                    of("possible-that-someone", "^(?:ware es moglich|ware es denkbar|ginge es) \\| dass (?:mir"
                            + "|mich) (?:jemand|ein kollege|eine kollegin|ein mitarbeiter|eine mitarbeiterin)"
                            + "(?: von ihnen| von euch| aus ihrem team| vom team)? (?:personlich |direkt )?"
                            + "(?:antwortet|hilft|weiterhilft|berat|zuruckruft|anruft|ubernimmt)$")},
            "it", new NamedPattern[] {
                    of("wondering-someone-could", "(?<!\\w)(?:mi chiedevo se|mi domandavo se|" + MASK + ") (?:qualcuno"
                            + "|una persona|un vostro (?:consulente|collega|operatore|incaricato)|un (?:consulente"
                            + "|collega|operatore)|una (?:consulente|collega|operatrice))(?: (?:dello|della|del|dell"
                            + "|dei|degli|delle) \\w+)? (?:potesse|possa|potrebbe|riuscisse a) (?:rispondermi"
                            + "|richiamarmi|chiamarmi|contattarmi|seguirmi|aiutarmi di persona|parlarmi|guardare la mia"
                            + " pratica|occuparsi (?:di me|della mia pratica)|riprendere (?:la|questa) conversazione)"
                            + "\\b"),
                    of("possible-to-be-followed", "\\bsarebbe possibile essere (?:seguit[oa]|richiamat[oa]"
                            + "|contattat[oa]) da (?:qualcuno|una persona|un (?:consulente|operatore|collega))\\b")},
            "nl", new NamedPattern[] {
                    of("wondering-someone-could", "\\bik vroeg me af of (?:er )?(?:iemand|een collega|een medewerker)"
                            + "(?: van (?:u|jullie|de \\w+|het \\w+))? (?:\\w+ ){0,3}?(?:mee kan kijken|mee kunnen"
                            + " kijken|kan helpen|kan bellen|kan terugbellen|te woord kan staan|kan overnemen|kan"
                            + " antwoorden)\\b"),
                    of("possible-that-someone", "\\bzou het mogelijk zijn dat (?:iemand|een collega|een medewerker)"
                            + "(?: van (?:u|jullie|de \\w+|het \\w+))? (?:mij|me) (?:persoonlijk |even )?(?:helpt"
                            + "|belt|terugbelt|te woord staat|antwoordt)\\b"),
                    of("colleague-could-look", "^(?:(?:sorry dat ik stoor|sorry|hallo) )*zou (?:een collega"
                            + " van (?:u|jullie)|iemand van (?:u|jullie|het team)) (?:eens |even )?(?:naar mijn"
                            + " (?:dossier|zaak|vraag|aanvraag) (?:kunnen )?kijken|mijn (?:dossier|zaak) (?:kunnen )?"
                            + "overnemen)\\b")});

    private WonderingAsks() {
    }

    static NamedPattern[] requests(String language) {
        return REQUESTS.get(language);
    }
}
