package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.List;
import java.util.Map;

/**
 * The words of a customer mocking the bot's answer, in every language at once, over normalised text. They decide
 * nothing alone, since "great" and "bravo" are also praise: the detector counts them only beside the bot's answer
 * quoted back or an ask set against its answer ({@link #askedAndGot}), with no success phrase in the message.
 * <ul>
 * <li>{@link #irony}: mock praise ("wow", "que rapidez", "precisissimo", "knap hoor") or the time since the same answer
 * was given before ("dat zeiden jullie twee weken geleden ook al").</li>
 * <li>{@link #askedAndGot}: the customer's ask and the bot's answer side by side, in the present ("I ask when the
 * technician comes and you reply 'soon'", "Frage gestellt, Werbung bekommen"); a past ask ("I asked for a refund and
 * you sent it") is a report, not mockery.</li>
 * </ul>
 */
public final class MockingFeedback {

    private static final Map<String, String> IRONY = Map.of(
            "en", "\\b(?:wow|great|brilliant|fantastic|genius|wonderful|amazing|(?:super|so|how|really|very) helpful"
                    + "|narrows it down|never would have thought|who knew|(?:days|weeks|months) ago)\\b",
            "es", "\\b(?:claro que si|que rapidez|que util|fantastico|genial|estupendo|maravilloso|increible|como no se"
                    + " me ocurrio|vaya ayuda|muy util|utilisimo|bravo|hace (?:\\w+ ){0,2}?(?:semanas|dias|meses))\\b",
            "pt", "\\b(?:fantastico|que precisao|que util|genial|otimo|maravilha|incrivel|muito util|bravo"
                    + "|ha (?:\\w+ ){0,2}?(?:semanas|dias|meses))\\b",
            "fr", "\\b(?:wow|quelle reponse|genial|bravo|bien avancee?|formidable|merveilleux|tres utile|trop utile"
                    + "|fantastique|il y a (?:\\w+ ){0,2}?(?:semaines|jours|mois))\\b",
            "de", "\\b(?:hervorragend|super hilfreich|sehr hilfreich|echt hilfreich|toll|klasse|genial|wow"
                    + "|drauf gekommen|fantastisch|wunderbar|bravo|vor (?:\\w+ ){0,2}?(?:wochen|tagen|monaten))\\b",
            "it", "\\b(?:complimenti|fantastico|bravo|geniale|ottimo|precisissim\\w*|utilissim\\w*|davvero utile"
                    + "|che precisione|(?:settimane|giorni|mesi) fa)\\b",
            "nl", "\\b(?:knap hoor|echt top|geweldig|fantastisch|briljant|wat handig|handig hoor"
                    + "|(?:weken|dagen|maanden) geleden)\\b");

    private static final Map<String, String> ASKED_AND_GOT = Map.of(
            "en", "\\bi ask(?: \\w+){1,8}? and (?:you (?:send|give|tell|reply|answer|say)|i get|the answer is)\\b"
                    + "|\\bthe answer to(?: \\w+){1,6}? is\\b",
            "es", "\\bpregunto(?: \\w+){1,8}? y (?:me (?:mandas|das|respondes|contestas|dices|sueltas)"
                    + "|la respuesta es)\\b",
            "pt", "\\bpergunto(?: \\w+){1,8}? e (?:a resposta e|(?:voce |vc )?me (?:manda|responde|diz|mandam"
                    + "|respondem))\\b",
            "fr", "\\bje demande(?: \\w+){1,8}? et (?:vous me|tu me|on me) (?:repondez|reponds|repond|envoyez|envoies"
                    + "|envoie|dites|dis)\\b",
            "de", "\\bich frage(?: \\w+){1,8}? und (?:sie|du) (?:schicken|schickst|antworten|antwortest|sagen|sagst)\\b"
                    + "|\\bfrage gestellt(?: \\w+){1,5}? bekommen\\b",
            "it", "\\bchiedo(?: \\w+){1,8}? e (?:mi )?(?:rispondi|rispondete|mandi|mandate|dici|dite)\\b",
            "nl", "\\bik vraag(?: \\w+){1,8}? en (?:jij|je|u|jullie) (?:stuurt|sturen|antwoordt|antwoorden|zegt"
                    + "|zeggen|geeft)\\b");

    private MockingFeedback() {
    }

    public static List<NamedPattern> irony(String language) {
        return List.of(of("mocked-answer", IRONY.get(language)));
    }

    public static List<NamedPattern> askedAndGot(String language) {
        return List.of(of("asked-and-got", ASKED_AND_GOT.get(language)));
    }
}
