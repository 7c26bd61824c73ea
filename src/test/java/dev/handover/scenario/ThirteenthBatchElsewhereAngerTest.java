package dev.handover.scenario;

import static dev.handover.scenario.CategoryAssertions.assertCalm;
import static dev.handover.scenario.CategoryAssertions.assertFrustratedByRules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The largest group of false positives in fresh13 and fresh14, in wordings of its own in all seven languages: anger
 * aimed away from the business before a request to it. It catches anger at oneself ("furious with myself", "bin so
 * sauer auf mich selbst", a self-insult over one's own slip) and anger at a named third party (the bank, an airline,
 * the landlord, the neighbours' builders, the referee), also stressed with capitals or angry emoji, with a request
 * that has no question mark ("can we move it.", "llego tarde, perdón") or with the business cleared outright ("niet
 * jullie schuld"). It must not calm anger at the business that names a third party as the business's own ("your
 * courier", "vuestro repartidor"), at the business and someone else together, at someone the business sent, nor
 * "not your fault" said after blaming the business.
 */
class ThirteenthBatchElsewhereAngerTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I'm so angry with myself, I booked the wrong Saturday. Could we swap it to the 14th?",
            "ugh I'm such an idiot, I typed the wrong IBAN on the form, so annoying 🤦 can you update it to the new one please",
            "Estoy enfadada conmigo misma, me apunté al turno equivocado. ¿Me lo podéis pasar al jueves?",
            "qué rabia, soy un desastre, puse mal mi correo al registrarme 🤦‍♂️ me podéis reenviar la factura",
            "Fiquei com raiva de mim mesma, marquei o horário errado. Dá pra trocar para quinta?",
            "Que ódio, sou muito distraída, paguei o boleto errado 🙈 vocês conseguem estornar?",
            "Je suis furieuse contre moi-même, j'ai donné la mauvaise adresse. Pouvez-vous corriger la livraison ?",
            "Ich bin so sauer auf mich selbst, ich hab den falschen Kurs gebucht. Kann man das noch tauschen?",
            "Ich bin so ein Trottel, hab mich beim Geburtsdatum vertippt 🤦 könnt ihr das korrigieren?",
            "Sono furiosa con me stessa, ho sbagliato l'indirizzo di consegna. Potete correggerlo?",
            "Ik ben zo boos op mezelf, verkeerde datum geboekt. Kan ik nog omboeken naar vrijdag?"})
    void angerAtOneselfBeforeARequest_shouldStayCalm(String text) {
        assertCalm(text, "calm:third-party");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The airline cancelled my flight AGAIN 😡 so I'll miss Tuesday, can we move it.",
            "I am absolutely fuming with my bank, they froze my card for no reason. Not your fault at all, can I pay by transfer instead",
            "Estoy hasta las narices de la aerolínea, me han cancelado el vuelo OTRA VEZ 😤 llego tarde a la cita, perdón",
            "Qué rabia me dan mis vecinos con las obras 🤬 no es culpa vuestra, pero ¿podéis venir el lunes?",
            "Que raiva do meu senhorio, não assinou a papelada de novo 😡 dá pra adiar a vistoria?",
            "Estou furioso com os Correios, perderam mais uma carta. Não é culpa de vocês, só queria a segunda via do contrato",
            "Je suis furieux contre ma banque, ils ont bloqué ma carte !! Rien à voir avec vous, je voulais juste payer par virement",
            "J'en ai ras-le-bol des travaux des voisins 😤 du coup le technicien peut passer jeudi ?",
            "Ich bin stinksauer auf meine Bank, die haben schon WIEDER meine Karte gesperrt 🤬 Kann ich per Überweisung zahlen?",
            "Die Baustelle nebenan macht mich wahnsinnig, nicht eure Schuld, aber können wir den Termin verschieben",
            "Sono furioso con la mia banca, mi hanno bloccato la carta di nuovo 😡 posso pagare con bonifico?",
            "Che rabbia l'arbitro ieri sera!! non è colpa vostra, volevo solo spostare la prenotazione",
            "Ik ben woest op mijn verhuurder, hij heeft de meterstand WEER niet doorgegeven 🤬 kunnen jullie de afspraak verzetten?",
            "De bouwvakkers van de buren, ik ben er helemaal klaar mee. Niet jullie schuld, maar kan de monteur later komen",
            "My sister was livid with the previous dentist, so she recommended you. Could I book a check-up?"})
    void angerAtANamedThirdPartyBeforeARequest_shouldStayCalm(String text) {
        assertCalm(text, "calm:third-party");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your courier lost my parcel AGAIN 😡 can we sort a refund?",
            "I'm angry with you AND the courier, can someone call me?",
            "The installer you sent never turned up, I'm furious. Can you send someone else?",
            "You lost my booking twice. Not your fault, of course 🙄 I'm fuming",
            "Vuestro repartidor me ha dejado el paquete bajo la lluvia OTRA VEZ, qué rabia 🤬 ¿me lo podéis cambiar?",
            "Estoy furiosa con vosotros y con el mensajero. ¿Alguien me puede llamar?",
            "O entregador de vocês largou a caixa na chuva de novo, que raiva 😡 dá pra trocar?",
            "Vocês perderam minha encomenda duas vezes. Não é culpa de vocês, claro 🙄 que raiva",
            "Votre livreur a ENCORE perdu mon colis, je suis furieux. Vous pouvez me rembourser ?",
            "Le technicien que vous avez envoyé n'est jamais venu, je suis furieuse. Pouvez-vous en envoyer un autre ?",
            "Euer Paketbote hat es WIEDER beim Nachbarn abgegeben 🤬 Könnt ihr das klären?",
            "Ich bin sauer auf euch und auf den Paketboten. Kann mich jemand anrufen?",
            "Il vostro corriere mi ha perso il pacco di nuovo, che rabbia 😡 potete rimborsarmi?",
            "Il tecnico che avete mandato non si è presentato, sono furiosa. Potete mandarne un altro?",
            "Jullie bezorger heeft het WEER bij de buren gelegd, ik ben woest 🤬 kunnen jullie het ophalen?",
            "Ik ben boos op jullie en op de bezorger. Kan iemand me bellen?",
            "My sister recommended you, but your plumber flooded my kitchen and I'm furious. Can someone call me?"})
    void angerAtTheBusinessOrWhomItSent_shouldStayFrustrated(String text) {
        assertFrustratedByRules(text);
    }
}
