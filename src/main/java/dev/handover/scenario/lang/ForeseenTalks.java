package dev.handover.scenario.lang;

import java.util.Map;

/**
 * Conditions that make a talk with a person something foreseen, not asked for now, over normalised text: a third
 * person's future wish ("mi padre querrá hablar con alguien", "mon associé voudra en discuter avec votre
 * commercial"), a visit in person the customer plans ("passo in agenzia a parlare con qualcuno"), a question
 * whether a person is needed at all with a self-service way offered beside it ("¿tengo que hablar con alguien o se
 * hace desde la app?", "¿tengo que hablar con alguien o lo hago por aquí?"), and a supposition set out first
 * ("admettons que le colis n'arrive pas, il y aurait quelqu'un à joindre ?"). Read as hypotheticals, so an
 * imperative still asks ("pásame con alguien, o lo hago desde la app"). The first person's own future wish is
 * already a hypothetical in each language ("vou querer", "vorrò"); French "voudrai" is left out, as it is most often
 * "voudrais" misspelled.
 */
final class ForeseenTalks {

    private static final Map<String, String[]> HYPOTHETICALS = Map.of(
            "en", new String[] {"(?:i ll|i will|i am going to|i m going to) (?:pop|drop|come|swing|stop) (?:in|by|round"
                    + "|into|over)", "or (?:can|could) i (?:\\w+ ){0,3}?(?:in|on|through|via|from) (?:the app"
                    + "|the website"
                    + "|your website|the site|online)"},
            "es", new String[] {"querra", "querran", "(?:me )?pas(?:are|ar|o|aremos|amos) (?:por ahi|por alli"
                    + "|por la (?:tienda|oficina|sucursal|agencia)|por el (?:concesionario|local|taller))",
                    "o (?:\\w+ ){0,3}?(?:desde|en|por) (?:la app|la aplicacion|la web|internet|la pagina)",
                    "o (?:lo hago|lo puedo hacer|puedo hacerlo|se puede hacer|se hace) (?:yo )?(?:por aqui|desde aqui"
                            + "|aqui|online|en linea)"},
            "pt", new String[] {"(?:vai|vao|ira|irao) querer", "querera", "quererao", "(?:passo|passarei|vou passar)"
                    + " (?:ai|la|pela|pelo|na|no) (?:\\w+ )?(?:agencia|loja|balcao|escritorio|oficina|concessionaria)",
                    "ou (?:\\w+ ){0,3}?(?:pelo|no|na|pela) (?:app|aplicativo|aplicacao|site|internet)",
                    "ou (?:faco|posso fazer|da para fazer|da pra fazer|consigo fazer) (?:por aqui|aqui|online)"},
            "fr", new String[] {"voudra", "voudront", "(?:aura|auront) besoin", "(?:admettons|mettons|supposons"
                    + "|imaginons) (?:que|qu)",
                    "(?:je passerai|je passe|je vais passer) (?:a l agence|en agence|a la boutique|au magasin"
                            + "|chez vous|vous voir)",
                    "ou (?:\\w+ ){0,3}?(?:sur|par|via|depuis|dans) (?:l appli|l application|le site|internet)"},
            "de", new String[] {"(?:wird|werden) (?:\\w+ ){1,6}?(?:sprechen|reden|telefonieren) wollen",
                    "(?:ich komme|ich schau|ich schaue) (?:\\w+ ){0,3}?vorbei",
                    "oder (?:\\w+ ){0,4}?(?:in der app|uber die app|per app|auf der website|uber die website|online)"},
            "it", new String[] {"vorra", "vorranno", "passo (?:in|dall|dalla|dal) (?:agenzia|negozio|filiale|ufficio"
                    + "|sede|concessionaria|studio)", "passo da voi",
                    "o (?:\\w+ ){0,3}?(?:dall|dal|sull|sul|tramite|via|nell|nel) ?(?:app|sito|applicazione)"},
            "nl", new String[] {"(?:zal|zullen) (?:\\w+ ){0,6}?willen", "ik (?:kom|loop|wip) (?:\\w+ ){0,3}?(?:langs"
                    + "|binnen)", "of (?:\\w+ ){0,4}?(?:in|via|op) (?:de app|de website|de site|internet)"});

    private ForeseenTalks() {
    }

    static String[] hypotheticals(String language) {
        return HYPOTHETICALS.get(language);
    }
}
