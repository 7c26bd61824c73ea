package dev.handover.scenario.lang;

import java.util.Map;

/**
 * A contact verb glued to its preposition by a missed space, in every language: "talkto", "hablarcon", "falarcom",
 * "parleravec", "parlarecon", "pratenmet". Only glued pairs that are no word of their own: French "parlera" (will
 * speak) is a real future, so only "parleravec" is split. Read as chat spellings, word for word; a language's own
 * spellings win over these. The name of the service desk glued the same way ("customerservice", "atencionalcliente",
 * "serviceclient", "servizioclienti", "demKundenservice" with its article) is split too; Dutch "klantenservice" is one
 * word already.
 */
final class GluedWords {

    private static final Map<String, Map<String, String>> SPELLINGS = Map.of(
            "en", Map.of("talkto", "talk to", "speakto", "speak to", "talkwith", "talk with", "speakwith",
                    "speak with", "chatwith", "chat with", "talkwit", "talk with", "spaekto", "speak to",
                    "customerservice", "customer service", "customersupport", "customer support", "customercare",
                    "customer care"),
            "es", Map.of("hablarcon", "hablar con", "hablocon", "hablo con", "comunicarmecon", "comunicarme con",
                    "atencionalcliente", "atencion al cliente", "servicioalcliente", "servicio al cliente"),
            "pt", Map.of("falarcom", "falar com", "falocom", "falo com", "conversarcom", "conversar com",
                    "atendimentoaocliente", "atendimento ao cliente", "servicoaocliente", "servico ao cliente"),
            "fr", Map.of("parleravec", "parler avec", "parlerau", "parler au", "parlerquelqu", "parler quelqu",
                    "serviceclient", "service client", "serviceclients", "service clients"),
            "de", Map.of("sprechenmit", "sprechen mit", "redenmit", "reden mit", "mitjemandem", "mit jemandem",
                    "demkundenservice", "dem kundenservice", "denkundenservice", "den kundenservice",
                    "zumkundenservice", "zum kundenservice"),
            "it", Map.of("parlarecon", "parlare con", "parlarcon", "parlare con", "parlarecn", "parlare con",
                    "servizioclienti", "servizio clienti", "assistenzaclienti", "assistenza clienti"),
            "nl", Map.of("pratenmet", "praten met", "sprekenmet", "spreken met", "metiemand", "met iemand"));

    private GluedWords() {
    }

    static Map<String, String> spellings(String language) {
        return SPELLINGS.get(language);
    }
}
