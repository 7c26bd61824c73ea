package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

import java.util.Map;

/**
 * A fallback family, in every language at once, over normalised text: the bot names its own role and puts the topic
 * outside it ("as the shop's assistant, tax advice isn't really my area", "sou o assistente da loja, impostos não é
 * comigo"). Both halves are needed, and a refusal needs a kind of advice or a topic as its object, so a policy said
 * in the role ("as your assistant I can't show the full card number") and a plain "I'm the hotel's assistant, how can
 * I help?" stay answers.
 */
final class RoleBoundFallbacks {

    private static final Map<String, NamedPattern[]> CERTAIN = Map.of(
            "en", new NamedPattern[] {of("outside-role", "\\bas (?:the|a|an|your)(?: \\w+){0,3}? (?:assistant"
                    + "|bot|chatbot|helper)\\b(?: \\w+){0,10}? (?:(?:isn t|is not|s not|aren t|are not) (?:really )?"
                    + "(?:my (?:area|field|department|remit)|something i (?:can|m able to|am able to) (?:help|advise))"
                    + "|(?:outside|beyond) my (?:area|remit|scope|role)|i (?:can not|can t|am not allowed to"
                    + "|m not allowed to|may not|am not able to|m not able to) (?:give|offer|provide)(?: \\w+){0,3}?"
                    + " (?:advice|diagnos\\w*|opinions?|guidance|recommendations?))\\b")},
            "es", new NamedPattern[] {of("outside-role", "\\b(?:soy|como) (?:el |la |un |una |tu |su )?"
                    + "(?:asistente|bot|chatbot)\\b(?: \\w+){0,14}? (?:(?:temas|preguntas|consultas|cuestiones"
                    + "|asuntos|consejos|asesoramiento)(?: \\w+){0,6}? no (?:los|las|lo) (?:puedo|podria) (?:ver"
                    + "|tratar|gestionar|atender|resolver|dar)|no (?:es|son) (?:lo mio|de mi competencia)"
                    + "|(?:quedan?|estan?) fuera de mi (?:alcance|area|competencia)|no (?:te |le |os )?(?:puedo|podria)"
                    + " (?:asesorar|aconsejar|orientar)(?:te|le|os)? (?:sobre|en|con|acerca de))\\b")},
            "pt", new NamedPattern[] {of("outside-role", "\\b(?:sou|como) (?:o |a |um |uma |seu |sua )?"
                    + "(?:assistente|bot|chatbot)\\b(?: \\w+){0,14}? (?:nao (?:e|sao) comigo|nao (?:e|sao) da minha"
                    + " (?:competencia|alcada|area)|(?:fica|ficam|esta|estao) fora (?:da minha|do meu) (?:alcance"
                    + "|alcada|area|ambito|competencia)|nao (?:consigo|posso) (?:dar|prestar|fornecer|oferecer)"
                    + " (?:\\w+ )?(?:orientac\\w*|aconselhamento|conselhos?|pareceres?|apoio|diagnosticos?"
                    + "|consultoria))\\b")},
            "fr", new NamedPattern[] {of("outside-role", "\\b(?:en tant qu|comme|je suis l|je suis un|je suis une)"
                    + " ?(?:assistant|assistante|bot|chatbot)\\b(?: \\w+){0,14}? (?:(?:sort|sortent) de mon (?:domaine"
                    + "|champ|perimetre|role)|(?:hors de|ne relevent? pas de) mon (?:domaine|ressort|perimetre|champ)"
                    + "|ne (?:sont|est) pas de mon ressort)\\b")},
            "de", new NamedPattern[] {of("outside-role", "\\bals (?:\\w+ )?(?:assistent|bot|chatbot)\\w*\\b"
                    + "(?: \\w+){0,6}? (?:darf|kann) ich (?:ihnen |dir )?(?:leider )?keine (?:\\w+ )?(?:diagnose"
                    + "|beratung|rechtsberatung|steuerberatung|empfehlung|einschatzung|ratschlage)\\w*\\b"
                    + "|\\bals (?:\\w+ )?(?:assistent|bot|chatbot)\\w*\\b(?: \\w+){0,10}? (?:liegt|liegen|fallt"
                    + "|fallen) (?:\\w+ ){0,2}?(?:nicht in meinen bereich|nicht in meinem bereich"
                    + "|au(?:ss|s)erhalb meines bereichs)\\b")},
            "it", new NamedPattern[] {of("outside-role", "\\b(?:sono|come) (?:l |il |un |una |la |lo )?"
                    + "(?:assistente|bot|chatbot)\\b(?: \\w+){0,12}? (?:(?:consigli|domande|questioni|pareri"
                    + "|consulenz\\w*|temi|argomenti)(?: \\w+){0,6}? non (?:posso|riesco a) (?:darl[ie]|trattarl[ie]"
                    + "|gestirl[ie]|fornirl[ie])|non (?:e|sono) di mia competenza|(?:esula|esulano) dal(?:la)? mi[ao]"
                    + " (?:ambito|competenza|campo))\\b")},
            "nl", new NamedPattern[] {of("outside-role", "\\bals (?:\\w+ )?(?:assistent|bot|chatbot)\\w*\\b"
                    + "(?: \\w+){0,6}? (?:kan|mag) ik (?:je |u )?(?:helaas )?geen (?:\\w+ )?(?:advies|diagnose"
                    + "|oordeel|aanbevelingen?)\\b|\\bals (?:\\w+ )?(?:assistent|bot|chatbot)\\w*\\b(?: \\w+){0,10}?"
                    + " (?:valt|vallen) (?:\\w+ ){0,2}?buiten mijn (?:terrein|bereik|taak|domein)\\b")});

    private RoleBoundFallbacks() {
    }

    static NamedPattern[] certain(String language) {
        return CERTAIN.get(language);
    }
}
