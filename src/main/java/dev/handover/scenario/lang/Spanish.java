package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** Spanish rules, over normalised text (no accents: "pásame" reads "pasame", "atención" reads "atencion"). */
final class Spanish {

    private Spanish() {
    }

    static final LanguageRules RULES = LanguageRules.builder("es")
            .stopWords("el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "por", "con", "para", "es",
                    "mi", "quiero", "hablar", "lo", "del", "al", "como", "pero", "favor", "necesito", "puedo",
                    "tienen", "hola", "gracias", "usted", "eso", "hay", "pasame", "alguien", "puede", "porfa")
            .spellings("q", "que", "k", "que", "xq", "porque", "pq", "porque", "d", "de", "cn", "con", "kiero",
                    "quiero", "kero", "quiero", "xfa", "por favor", "porfa", "por favor", "porfi", "por favor",
                    "plis", "por favor", "pls", "por favor", "porfavor", "por favor", "tb", "tambien", "tmb",
                    "tambien", "dnd", "donde", "toy", "estoy", "ntp", "no te preocupes", "xa", "para", "pa", "para")
            .typoWords("humano", "persona", "agente", "asesor", "operador", "representante", "encargado", "gerente",
                    "alguien", "hablar", "quiero", "necesito", "atencion", "cliente")
            .typoExclusions("gente", "personal", "personaje", "personas", "agenda", "agentes", "humanos", "humana",
                    "hablas", "habla", "hablan", "hablo", "hable", "operadora", "asesora", "encargada", "quiere",
                    "quieren", "quise", "quieto", "necesita", "necesitan", "clientes", "atento", "atenta",
                    "gerentes", "asesores")
            .persons("personas?", "humanos?", "ser humano", "agentes?", "asesor(?:a|es|as)?", "operador(?:a|es|as)?",
                    "representantes?", "encargad[oa]s?", "gerentes?", "responsables?", "supervisor(?:a|es|as)?",
                    "emplead[oa]s?", "trabajador(?:a|es)?", "alguien", "ejecutiv[oa]s?", "consultor(?:a|es)?",
                    "companer[oa]s?", "atencion (?:al cliente|humana|personal|personalizada)",
                    "servicio (?:al cliente|tecnico)", "soporte", "miembro del (?:equipo|personal)")
            .roles("doctor(?:a)?", "medic[oa]", "dr", "dra", "dentista", "recepcion(?:ista)?", "tecnic[oa]",
                    "vendedor(?:a|es)?", "duen[oa]", "jef[ea]", "entrenador(?:a)?", "mecanico", "ventas", "equipo",
                    "oficina", "tienda", "clinica", "concesionario", "administracion", "contabilidad")
            .complement("(?:de la|de los|de las|del|de|en) \\w+(?: \\w+)?")
            .frames(
                    contact("hablar-con", "(?<!ya )(?:hablar|hablarlo|hablarla|platicar|conversar|charlar|"
                            + "comunicarme|comunicar|comunicame|comunicas|comunica|comunican|comuniqueme|comuniquen|"
                            + "contactar|contactarme|que hable|pueda hablar|"
                            + "puedo hablar) con", ""),
                    contact("pasar-con", "(?:pasame|pasar|pasarme|pasas|pasa|pase|pasen|paseme|pasenme|ponme|"
                            + "ponerme|pongame|ponganme|transfiereme|transferirme|transferir|transfiere|derivame|"
                            + "derivarme|redirigeme|redirigirme)(?: (?:con|a|al))?", ""),
                    contact("atender", "(?:me atienda|me atiendan|que atienda|atienda|atenderme|me puede atender|"
                            + "me pueden atender|atendido por|atendida por|atencion de|atencion con)", ""),
                    contact("llamarme", "(?:llamarme|me llame|me llamen|contactarme|llamada de|llamada del)", ""),
                    contact("callback", "", "(?:me )?(?:(?:puede|pueden|podria|podrian|puedes) )?(?:me )?(?:llame|"
                            + "llamen|llamar|llamarme|contacte|contacten|contactar|contactarme|devuelva la llamada)\\b"),
                    contact("con-quien", "", "con (?:quien|quienes) (?:pueda|puedo|podria|hablar)"),
                    person("para-atender", "", "(?:ahi |aqui |en linea )?para (?:atenderme|ayudarme|hablar conmigo)"),
                    contact("disponible", "", "(?:esta |estan )?disponibles?(?: (?:ahora|ya|hoy|para hablar(?: \\S+){0,4}))?$"),
                    person("quiero", "(?:quiero|quisiera|queria|necesito|preciso|requiero|prefiero|pido|exijo|"
                            + "me gustaria|solicito|busco)(?: que)?", ""),
                    person("dame", "(?:dame|deme|denme|traeme|consigueme|ponme|pon)", ""))
            .clauseRequests(
                    of("nadie-con-quien", "\\bno (?:hay|tienen|habra) (?:nadie|ninguna persona|ningun humano)"
                            + "(?: (?:con quien|que|para|a quien)|$)"),
                    of("hablar-con-ella", "\\b(?:hablar|hablarlo|hablarla) con (?:el|ella|ellos|ellas)"
                            + "(?: (?:otra vez|de nuevo|por favor|directamente))*$"))
            .gapBreakers("de", "del", "sobre", "para", "por", "en", "si", "y", "pero", "o", "porque", "cuando",
                    "con", "mi", "mis", "otra", "otro", "segunda", "segundo", "mas", "\\d+", "dos", "tres", "no",
                    "ya", "hay")
            .fillers("por favor", "ya", "ahora", "ahora mismo", "un", "una", "el", "la", "real", "de verdad", "hola",
                    "buenas", "solo", "urgente", "rapido", "gracias", "con", "hablar", "please", "de una vez")
            .negations("no", "nunca", "nadie", "ni", "sin", "tampoco", "jamas")
            .negationEnds("pero", "sino", "quiero", "necesito", "prefiero", "pasame", "dame", "mejor")
            .comparatives("en vez de", "en lugar de", "(?:prefiero|mejor|mas facil|mas comodo) (?:\\w+ ){1,4}que")
            .hypotheticals("^si \\w+", "si (?:el|la|tengo|necesito|no|me|mas|quiero|hay)", "por si acaso",
                    "en caso de", "mas adelante", "quizas", "quiza", "tal vez", "a lo mejor", "en el futuro",
                    "para el futuro", "la proxima vez", "algun dia", "por curiosidad", "voy a querer",
                    "cuando (?:tenga|necesite|quiera)")
            .politeConditions("si (?:es posible|puede|pueden|puedes|podria|no es molestia|no le importa|"
                    + "no te importa|fuera posible|se puede)")
            .imperatives("^(?:(?:entonces|pues|ya|solo|por favor|ok|vale|y) )*(?:pasame|paseme|pasenme|comunicame|"
                    + "transfiereme|ponme|ponganme|pongame|dame|deme|llamame|derivame)")
            .quotes("pone", "dice", "decia", "dijo", "escribio", "escribi", "escrito", "opcion", "boton", "menu",
                    "sin querer", "ignoralo", "ignora", "corrector", "me cambio", "aparece",
                    "mi (?:marido|mujer|esposo|esposa|madre|mama|padre|papa|hij[oa]|amig[oa]|jef[ea]|novi[oa]) "
                            + "(?:quiere|necesita|prefiere)")
            .botQuestions("eres", "es usted", "(?:esto|este chat|esta conversacion) es", "es (?:esto|un|una)",
                    "hablo con", "estoy hablando con", "me (?:esta|estas) (?:contestando|respondiendo|escribiendo)",
                    "quien me (?:esta )?(?:contesta|responde|respondiendo|contestando|escribe)",
                    "hay alguien (?:de verdad |real )?(?:escribiendo|ahi|al otro lado|detras)",
                    "(?:son|las respuestas son)")
            .natureWords("humanos?", "humana", "persona", "bot", "robot", "maquina", "real", "de verdad",
                    "automatic[oa]s?", "inteligencia artificial", "ia", "chatbot", "asistente", "agente", "alguien",
                    "programa", "chatgpt", "virtual")
            .botWords("bot", "robot", "maquina", "automatic[oa]s?", "chatbot", "inteligencia artificial", "ia",
                    "asistente virtual", "programa", "chatgpt")
            .orWords("o", "u")
            .otherSenses("recursos humanos", "agentes? (?:de viajes?|inmobiliari[oa]s?|de seguros|de aduanas|"
                    + "secret[oa]s?|libre|de usuario)", "entrenador(?:a)? personal", "(?:cabello|pelo) humano",
                    "en persona", "derechos humanos", "(?:otra|segunda|una sola) persona",
                    "(?:dos|tres|cuatro|cinco|\\d+) personas", "personal (?:sanitario|medico|de)")
            .fallbacks(
                    of("no-info", "no (?:tengo|dispongo de|cuento con) (?:\\w+ ){0,3}?(?:informacion|info|datos|"
                            + "acceso|respuesta|detalles)|no (?:esta|estan) disponibles? para mi"),
                    of("cannot-help", "no (?:puedo|podre|soy capaz de|me es posible) (?:ayudar|ayudarte|ayudarle|"
                            + "responder|gestionar|decir|decirte|confirmar|confirmarlo|darte|dar|acceder|ver|"
                            + "consultar|tramitar)"),
                    of("check-with-team", "(?:dejame|deja que|voy a|tengo que|lo|prefiero) (?:\\w+ ){0,2}?"
                            + "(?:consultar|consultarlo|consulto|confirmar|confirmarlo|preguntar|preguntarle|pregunto|"
                            + "verificar|comprobar|revisar)(?: \\w+){0,4}? (?:equipo|oficina|clinica|companer[oa]s?|"
                            + "personal|ventas|encargad[oa]|responsable|tienda|taller|doctor[a]?|alguien)|(?:he "
                            + "trasladado|he pasado|he enviado) tu (?:consulta|pregunta|mensaje)"),
                    of("not-found", "no (?:he )?(?:encontre|encontrado|encuentro|hallado) (?:nada|informacion)"),
                    of("out-of-scope", "fuera de lo que (?:puedo|se)|solo puedo (?:ayudar|responder)\\w*"),
                    of("not-understood", "no (?:entendi|entiendo|he entendido|comprendo|comprendi)|"
                            + "no estoy segur[oa] de entender|puedes reformular"))
            .uncertainFallbacks(
                    of("not-sure", "no estoy segur[oa]|no (?:se|sabria)|ni idea|no tengo ni idea"))
            .dissatisfied(
                    of("did-not-help", "no (?:me )?(?:ha )?(?:ayudo|ayuda|sirve|sirvio|funciona|funciono|soluciona|"
                            + "soluciono|resuelve|resolvio|responde|contesta|arreglo)|inutil|no sirve para nada|"
                            + "perdida de tiempo|mas confundid[oa]|nada que ver"),
                    of("still-broken", "(?:sigue|siguen|sigo) sin (?:funcionar|poder|dejarme|encontrar|entrar|andar|"
                            + "llegar|recibir|ver|cargar)|(?:sigue|siguen|sigo) (?:igual|fallando|cobrando|cerrando|"
                            + "colgando|bloquead[oa])"),
                    of("not-what-i-asked", "no es (?:lo que|eso|correcto|verdad|cierto)|no era eso|"
                            + "(?:esta|es) (?:mal|incorrecto|equivocado)"),
                    of("wrong-answer", "(?:te |le )?pregunte (?:por|sobre)|(?:hablo|hablaba|me refiero|me referia) "
                            + "(?:del|de la|al|a la|de) otr[oa]s?|(?:era|pregunte|dije|pedi|queria) (?:\\w+ ){1,5}no "
                            + "(?:a las|el|la|por|del|de la|en|al) "),
                    of("not-understood", "no me (?:estas|esta|estan) entendiendo|no (?:me )?entiendes|"
                            + "leiste (?:mi|el) mensaje"),
                    of("repeat", "(?:diciendo|repites|repitiendo|dices) lo mismo|lo mismo otra vez"),
                    of("sarcasm", "gracias por nada"),
                    of("gave-up", "gracias (?:igual|de todos modos|de todas formas)"))
            .resolved(
                    of("worked", "(?:ya )?funciona|funciono|ya (?:pude|puedo|me llego|quedo)|solucionado|resuelto|"
                            + "arreglado|lo arreglo|(?:eso |me )?ayudo (?:mucho|bastante)|todo (?:bien|claro|listo|correcto)|tiene sentido|el pago (?:ya )?"
                            + "(?:paso|entro)|me llego|(?:eso )?responde (?:a )?mi (?:duda|pregunta)"),
                    of("that-is-all", "(?:justo|exactamente) lo que (?:buscaba|necesitaba)|todo lo que necesitaba"))
            .thanks("gracias", "perfecto", "genial", "listo", "super", "excelente", "estupendo", "entendido",
                    "reservado", "buenisimo", "crack", "de lujo")
            .questionStarts("que", "como", "cuando", "donde", "cual", "cuanto", "cuanta", "quien", "por que",
                    "puedo", "pueden", "tienen")
            .build();
}
