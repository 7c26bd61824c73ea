package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** Spanish phrases of strong frustration, over normalised text (no accents: "estafa", "verguenza"). */
final class SpanishFrustration {

    private static final String WILL = "(?:voy a|vamos a|ire a|iremos a|pienso|pensamos)";
    private static final String INTENSE = "(?:muy |tan |super |re |totalmente |completamente |absolutamente |"
            + "realmente |unos |unas |un |una |de verdad |bien |demasiado |mas que )*";
    private static final String BAD = "(?:inutil(?:es)?|incompetentes?|idiotas?|estupidos?|estupidas?|imbecil(?:es)?|"
            + "ladrones|ladron|estafadores?|mentirosos?|sinverguenzas?|una verguenza|un desastre|una estafa|"
            + "un chiste|una mierda|una porqueria|una basura|basura|pesimos?|pesimas?|lo peor|payasos?|"
            + "ineptos?|tontos?|tontas?|negligentes?|patetic[oa]s?|desastrosos?|horribles?|malisimos?)";
    private static final String THING = "(?:bot|robot|maquina|servicio|empresa|compania|atencion|app|aplicacion|"
            + "pagina|web|sistema|tienda|asistente|gente|equipo|soporte|programa)";

    static final NamedPattern[] THREATS = {
            of("ultimatum", "(?:si (?:\\w+ ){0,8}?(?:no|nadie|nunca|otra vez|sigue)|o si no|si no|de lo contrario|"
                    + "o) (?:\\w+ ){0,6}?(?:" + WILL + " |me (?:voy|ire) a |les voy a |los voy a |te voy a |os |les |"
                    + "los |te )"
                    + "(?:\\w+ )?(?:(?:cancelar|cancelo|anular|anulo) (?:mi |la |el |su )?(?:suscripcion|cuenta|"
                    + "membresia|"
                    + "contrato|plan|servicio|todo)|dar de baja|doy de baja|darme de baja|denunciar|"
                    + "denuncio|demandar|demando|reclamar|reclamo|poner una (?:queja|reclamacion|denuncia|resena)|"
                    + "pongo una (?:queja|reclamacion|denuncia)|quejarme|me quejo|irme|me voy|cambiarme|me cambio|"
                    + "dejar (?:una )?(?:mala|pesima)|escribir (?:una )?(?:mala|pesima)|publicar|abogado)"),
            of("present", "\\b(?:os|les|los|las|te|lo|la) (?:denuncio|demando|denunciare|demandare|llevo a juicio|"
                    + "llevo a los tribunales)\\b"),
            of("announced", WILL + " (?:\\w+ ){0,2}?(?:denunciar|demandar|denunciarlos|demandarlos|denunciaros|"
                    + "poner una (?:queja|reclamacion|denuncia|demanda) (?:formal )?(?:en|ante|a)|dejar (?:una )?"
                    + "(?:mala|pesima|terrible|horrible) (?:resena|opinion|calificacion|valoracion)|escribir (?:una )?"
                    + "(?:mala|pesima) (?:resena|opinion)|ir a (?:la )?(?:profeco|ocu|consumo|justicia)|"
                    + "llamar a mi (?:abogado|banco)|"
                    + "hablar con mi abogado|irme (?:a|con) la competencia|cancelar todo|dar(?:me)? de baja todo)"),
            of("court", "(?:acabar|terminar|acabara|terminara|ir|llegar|llegara) (?:\\w+ )?(?:en|a) (?:los )?"
                    + "(?:tribunales|juzgados?|juicio)"),
            of("legal", "mi abogad[oa](?! (?:me |nos )?(?:pidio|pide|pidio|necesita|quiere|solicito|dijo que (?:les "
                    + ")?pida))|(?:llamar|hablar con|consultar|contactar) (?:a )?mi abogad[oa]|mi abogad[oa] (?:se|"
                    + "les|os|va|ya|tomara|hablara)|accion(?:es)? legal(?:es)?|demanda judicial|\\bprofeco\\b|"
                    + "\\bocu\\b(?! (?:recomienda|dice|explica|aconseja|exige|indica|informa|obliga))|"
                    + "(?:hoja|libro) de reclamaciones|oficina (?:del|de) consumidor|defensa del consumidor|"
                    + "(?:nos vemos|te veo|nos veremos|los veo|os veo) en (?:los |el )?(?:tribunales|juzgado|juicio)|"
                    + "denunciarlos|demandarlos|contracargo"),
            of("leaving", "(?:han|has) perdido (?:a )?un cliente|perdieron un cliente|nunca mas (?:compro|vuelvo|"
                    + "les compro|pido|uso|voy|contrato|recomiendo)|nunca mas$|no (?:vuelvo|volvere) a (?:comprar|"
                    + "pedir|usar|contratar|venir|confiar)|me voy (?:a|con) la competencia|(?:una|1|cero|0) "
                    + "estrellas? (?:en|de|resena)|(?:me cambio|cambiarme|me paso) (?:a|con) (?:la )?competencia|"
                    + "ultima vez que (?:compro|pido|uso|les compro|confio)"),
            of("institution", "(?:voy|vamos|va|van|iremos|ire|me voy)(?: directo| a ir| derecho)? a (?:la |el |los "
                    + ")?(?:\\w+ )?(?:juicio|tribunales|juzgado|sanidad|procuraduria|profeco|consumo|defensa del "
                    + "consumidor|policia|fiscalia|colegio|abogado|prensa|tele|periodico|diario|medios|noticias)|"
                    + "(?:mandar|enviar|pasar|llevar)(?:lo|le)? (?:todo )?(?:a|al) (?:la |el )?(?:diario|periodico|"
                    + "prensa|tele|medios|noticiero)"),
            of("one-star", "(?:una|1|cero|0) estrellas?\\b|(?:resenas?|opinion|opiniones|valoracion(?:es)?|"
                    + "calificacion(?:es)?|comentarios?) (?:negativas?|horribles?|pesimas?|malas?)|(?:malas|pesimas) "
                    + "(?:resenas|opiniones|valoraciones)|(?:nota|calificacion) (?:cero|0)"),
            of("review-coming", "(?:preparense|preparaos|preparate|esperen|esperad|esperate|atentos a) (?:\\w+ ){0,7}?"
                    + "(?:resenas|opiniones|valoraciones|comentarios)|(?:llenar|lleno|llenare)(?: \\w+){0,3}? "
                    + "de (?:resenas|opiniones|comentarios|quejas)|(?:poner|pongo|pondre|ponerlos|ponerles)(?: "
                    + "\\w+)? (?:a caldo|verdes?|de vuelta y media|por los suelos)|(?:quedais|quedan|quedas|estais|"
                    + "estan|estas) (?:avisad[oa]s?|advertid[oa]s?)|(?:avisad[oa]s?|advertid[oa]s?) (?:quedais|"
                    + "quedan|quedas|estan|estais)"),
            of("press-interest", "(?:a ver si|seguro que|me pregunto si) (?:\\w+ ){0,4}?(?:tele|television|prensa|"
                    + "periodico|diario|medios|periodistas?|noticiero|telediario) (?:\\w+ ){0,3}?interes\\w*|"
                    + "interes\\w* "
                    + "(?:\\w+ ){0,6}?(?:como|lo que) (?:\\w+ )?(?:tratais|tratan|trata|tratas|hacen con|"
                    + "haceis con) (?:a )?"
                    + "(?:los |las |sus |vuestros )?(?:clientes|inquilinos|pacientes|usuarios|vecinos)|(?:como|asi) "
                    + "(?:tratais|tratan) a (?:los|sus|vuestros) (?:clientes|inquilinos|pacientes|usuarios)"),
            of("never-again", "no vuelvo a (?:\\w+ )?(?:pisar|comprar|pedir|venir|poner|usar|contratar|confiar)|"
                    + "(?:es|sera) la ultima vez que|nunca mas (?:\\w+ )?(?:vuelvo|compro|piso|pongo|vengo|pido)|no "
                    + "(?:piso|pongo un pie) mas|en mi vida (?:vuelvo|les compro)"),
            of("chargeback", "(?:pedir|pido|solicitar|solicito) (?:el )?(?:contracargo|reembolso al banco|"
                    + "desconocimiento)|desconocer (?:el|la) (?:cargo|compra)|(?:pedir|pido|pedire|pedirle|le pido) al "
                    + "banco que (?:anule|bloquee|devuelva|retroceda|rechace|cancele)|devolver (?:el|los) recibos?"),
            of("cancel-all", "(?:dame|denme|darme|dadme) de baja (?:ya|ahora|de todo|todo|inmediatamente|hoy "
                    + "mismo)|me doy de baja (?:\\w+ ){0,4}?(?:hoy mismo|ya mismo|ahora mismo|inmediatamente)|"
                    + "(?:me cambio|me paso|cambio) de (?:compania|aseguradora|seguro|banco|operador|operadora|agencia|"
                    + "inmobiliaria|gimnasio|proveedor|taller|dentista|clinica|peluqueria)(?: \\w+)? (?:hoy|ya|manana|"
                    + "mismo|desde|a partir)|(?:cancelen|cancelame|"
                    + "cancela|anulen) (?:todo|mi \\w+ (?:ya|ahora|inmediatamente))|me voy (?:a|con) la competencia|"
                    + "(?:me paso|me cambio|me voy) (?:a|con) otr[oa] (?:empresa|compania|banco|gimnasio)")
    };

    /** Telling others or posting about the business: a threat, unless the message is happy ("I'll tell everyone!"). */
    static final NamedPattern[] PUBLICITY = {
            of("tell-everyone", "publicar(?:lo)? en (?:redes|internet|todas partes)|(?:contar|contando|decir|publicar)"
                    + "(?:lo|le|selo)? (?:todo|a todo el mundo|a todos|en "
                    + "todas partes|por todas partes)|lo mal que (?:trabajan|trabajais|atienden|atendeis|lo hacen|lo "
                    + "haceis|tratan|tratais)|"
                    + "que (?:lo sepa|se entere) todo el mundo|hablar mal de ustedes|(?:en|por) (?:redes|facebook|"
                    + "instagram|google|twitter|tiktok) (?:contando|para que)")
    };

    static final NamedPattern[] INSULTS = {
            // Called amateurs to their face or as the staff they hired; an amateur of wine or football is a fan.
            of("amateurs", "(?:sois|sois unos|sois todos unos|panda de|atajo de|menudos|habeis contratado a|"
                    + "contratais a) (?:unos )?aficionados(?! a| al| de| del)"),
            of("you-are", "(?:eres|sos|sois|son|es usted|son ustedes|estas|estan|que|tus|sus|vaya) " + INTENSE + BAD),
            of("bad-thing", "(?:\\w+ )?(?:de mierda|de porqueria|de basura|del demonio|de pacotilla|"
                    + PortugueseFrustration.SECOND_RATE + ")|"
                    + "(?:pinche|puto|puta|maldito|maldita|estupido|estupida|inutil|jodido|jodida|pesimo|pesima) "
                    + THING),
            of("thing-is-bad", "(?:el|la|este|esta|su|tu|vuestro|vuestra) " + THING + " (?:es|son|esta) " + INTENSE
                    + BAD),
            of("scam", "(?:esto|eso) es (?:una |un )?(?:estafa|robo|fraude|timo|atraco|usura)|son unos (?:ladrones|estafadores|"
                    + "sinverguenzas|inutiles|incompetentes|payasos)|que (?:estafa|robo|timo|verguenza|desastre)|"
                    + "incompetencia|ineptitud"),
            of("dismissal", "vete a la mierda|vayanse a la mierda|idos a la mierda|callate|que te jodan|"
                    + "que os jodan|que les den"),
            of("noun-adj", "(?:bot|robot|servicio|empresa|atencion|asistente|maquina|sistema) (?:de )?(?:inutil|"
                    + "pesimo|estupido|idiota|basura|deficiente|de porqueria|penoso|lamentable)|(?:que|vaya) "
                    + "(?:servicio|empresa|atencion|bot) (?:mas |tan )?(?:malo|pesimo|penoso|lamentable|horrible)"),
            of("the-worst", "(?:son|es|eres|sois) (?:la|el|los|las) peor(?:es)?"),
            of("superlative", "(?:que|vaya) " + THING + " (?:mas|tan) (?:tont[oa]|inutil|estupid[oa]|malo|mala|"
                    + "pesim[oa]|penos[oa]|lamentable|idiota|torpe|burr[oa]|lent[oa]|incompetente)|(?:el|la) " + THING
                    + " mas (?:tont[oa]|inutil|estupid[oa]|incompetente) (?:\\w+ ){0,4}?(?:del mundo|de la historia|"
                    + "que (?:he|vi|conoci))|ni para (?:\\w+ ){0,4}?(?:vales|sirves|servis|valeis|sirven|sirve)"),
            of("pathetic", "(?<!me |nos |le |les |te )(?:dais|das) (?:mucha |tanta )?(?:pena|asco|verguenza ajena|"
                    + "lastima)|(?:ustedes|vosotros|que|sois|son) (?:\\w+ )?dan (?:pena|asco)"),
            of("bunch-of", "(?:banda|panda|manga|sarta|pandilla|cuadrilla|monton|punado|atajo) de (?:chantas|"
                    + "aficionados|"
                    + "principiantes|chapuceros|chapuzas|amateurs|"
                    + "chorros|rateros|ladrones|estafadores|sinverguenzas|caraduras|inutiles|incompetentes|ineptos|"
                    + "mentirosos|payasos|timadores|transas|vagos|idiotas|imbeciles|tontos|cantamananas)"),
            of("lied-to-face", "(?:me|nos) (?:mintio|mintieron|mentiste|mentisteis|mienten|mientes|han mentido|ha "
                    + "mentido) (?:\\w+ ){0,3}?(?:en (?:la|mi|toda la) cara|descaradamente|a la cara)"),
            of("gone-mad", "(?:estais|estan|estas|os habeis vuelto|se han vuelto|se volvieron|te has vuelto) (?:\\w+ )?"
                    + "(?:locos?|locas?|chiflados?|mal de la cabeza)|(?:me|nos) (?:estan|estais|estas) "
                    + "(?:jodiendo|vacilando|cachondeando|tomando el pelo|robando)")
    };

    static final NamedPattern[] SWEARING = {
            of("swear", "\\b(?:joder|jodido|jodida|hostia|hostias|me cago en|puta madre|la puta|que carajo|"
                    + "carajo|que cono|cono|chingada|chingados|no mames|mierda|maldita sea|coj\\w+|ptm|alv|hdp|"
                    + "hijos? de puta|me cago|hasta los cojones|que putada|pinche|manda huevos)\\b"),
            of("regional", "la concha de (?:la lora|tu madre|su madre)|concha de su|no mames|pendejos?|chinga(?:do|"
                    + "da)? (?:madre|tu)")
    };

    static final NamedPattern[] ANGER = {
            of("i-am-angry", "(?:estoy|ya estoy|me siento|me tienen|me tiene|me tenes|estamos|mi \\w+ (?:esta|estan|"
                    + "anda)|(?:esta|estan) (?:muy )?) " + INTENSE
                    + "(?:harto|harta|hartos|hartas|furioso|furiosa|furibundo|furibunda|enojado|enojada|enfadado|enfadada|cabreado|"
                    + "cabreada|indignado|indignada|molesto|molesta|frustrado|frustrada|hasta las narices|hasta "
                    + "la coronilla|hasta el gorro|hasta la madre|quemado|quemada|encabronado|encabronada|rabioso|"
                    + "rabiosa|emputado|emputada|desesperado|desesperada|podrido|podrida|cansado de|cansada de|"
                    + "que trina|"
                    + "que echa chispas|echando chispas|echando humo|hech[oa] una (?:furia|fiera)|subiendose por las "
                    + "paredes|fuera de si|de muy mala leche|de mala leche|hartisim[oa]s?|cabreadisim[oa]s?|"
                    + "enfadadisim[oa]s?|enojadisim[oa]s?|furiosisim[oa]s?|indignadisim[oa]s?)"),
            of("outrage", "(?:es|esto es|eso es|me parece|es que es|esto ya es|que) " + INTENSE + "(?:inaceptable|"
                    + "indignante|vergonzoso|una verguenza|ridiculo|absurdo|intolerable|inadmisible|"
                    + "escandaloso|un escandalo|una burla|un abuso|una tomadura de pelo|un cachondeo|"
                    + "lamentable|penoso|deplorable|el colmo|una falta de respeto|insultante|surrealista)"),
            of("outrage-word", "\\b(?:inaceptable|indignante|vergonzoso|intolerable|inadmisible|escandaloso|"
                    + "una verguenza|que verguenza|es el colmo|el colmo)\\b"),
            of("explode", "(?:estoy|estamos) que (?:exploto|reviento|trino|me subo por las paredes)|a punto de "
                    + "(?:explotar|reventar|estallar|perder los nervios)|(?:me|nos) (?:teneis|tienes|tienen|tiene) "
                    + INTENSE + "(?:hart[oa]s?|hasta las narices|hasta la coronilla|hasta el gorro|frit[oa]s?)"),
            of("had-enough", "ya basta|hasta aqui (?:llegue|llego|hemos llegado)|se me acaba la "
                    + "paciencia|perdiendo la paciencia|me estan volviendo loc[oa]|(?:me|nos) toma(?:n|s)? (?:el pelo|"
                    + "por tont[oa]|por idiota)|me estas tomando el pelo|no (?:puedo|aguanto) mas|estoy hart[oa]|"
                    + "me tienen hart[oa]|(?:el|la) peor (?:\\w+ ){0,2}?(?:del mundo|de la historia|que he)|"
                    + "peor servicio|peor atencion|peor empresa|lo odio|los odio|te odio|odio (?:este|esta|su|tu)|"
                    + "me hierve la sangre|me saca de quicio|me sacan de quicio"),
            of("treated-like", "(?:me|nos) (?:tratan|tratais|tratas|trataron|trato|han tratado|habeis tratado) "
                    + "(?:como|igual que) (?:a )?(?:basura|un perro|perros|un idiota|idiotas|una mierda|mierda|un "
                    + "numero|un trapo|una basura|tontos?|un delincuente)|(?:asi|de esta manera|de esta forma) (?:me|"
                    + "nos) (?:tratan|tratais|pagan)|(?:es|esta es) (?:la|su) forma de tratar"),
            of("give-up", "me rindo|olvidalo|olvidenlo|dejalo (?:ya|asi)|no sirve(?:s|n)? para nada"),
            of("rage", "(?:de la|de|que|me da|con) rabia|que coraje|me da coraje|(?:lloro|llorar|temblando) de "
                    + "(?:rabia|coraje)|una falta de respeto|falta de respeto|(?:encima|y encima|y ademas) (?:tienen|"
                    + "tenes|tienes) (?:el descaro|la cara)|(?:tienen|tienes) el descaro|como se atreven|no puedo "
                    + "creer que")
    };

    static final NamedPattern[] REPEATING = {
            of("told-you", "(?:ya )?(?:te|se|os|les) lo (?:he |e )?(?:dije|dicho|explique|explicado|escribi|"
                    + "escrito|repeti|repetido|pregunte|preguntado)(?: \\w+){0,2}? (?:(?:dos|tres|cuatro|cinco|mil|"
                    + "cien|varias|muchas|\\d+) veces|antes|ya)|(?:te|se|os|les) lo (?:he )?(?:dicho|explicado) ya|"
                    + "ya (?:te|se|os|les) (?:lo )?(?:dije|explique|escribi)"),
            of("how-many-times", "cuantas veces (?:mas )?(?:\\w+ )?(?:tengo|hay|te|se|les|os|le|lo|debo|voy|pido|"
                    + "digo|paso|mando|escribo|repito|explico|llamo)"),
            // A count is exasperation when it counts what the customer had to do, not visits they enjoyed.
            of("count-now", "ya (?:van|son|llevo|llevamos) (?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|mil|"
                    + "varias|muchas) veces (?:que )?(?:te |os |les |se |le )?(?:lo |la )?(?:pido|digo|mando|escribo|"
                    + "llamo|explico|repito|paso|envio|reclamo)|ya van (?:\\d+|dos|tres|cuatro|cinco|seis)$|"
                    + "(?:\\d+|dos|tres|cuarenta|cincuenta|noventa) (?:minutos|horas) "
                    + "(?:con|en|hablando con|escribiendo a|peleando con) (?:este|esta|el|la|un|una) (?:chat|bot|robot|"
                    + "maquina|asistente|cosa)"),
            of("nth-time", "por (?:tercera|cuarta|quinta|enesima|decima|\\d+a?) vez|es la (?:"
                    + "tercera|cuarta|quinta|enesima|\\d+a?) vez"),
            // The ordinal said bare, as a heading ("Cuarta vez que escribo"): only on the customer's own contacting.
            of("bare-nth-time", "(?:tercera|cuarta|quinta|sexta|enesima|decima|\\d+a?) vez que (?:os |les |le |te )?"
                    + "(?:escribo|llamo|reclamo|pido|contacto|mando|pregunto)"),
            // "How many more times?" left hanging at the end is the whole complaint; before a verb it may be a count.
            of("how-many-more", "cuantas veces mas$"),
            of("repeat-myself", "(?:me estas|me estan|me esta) escuchando|(?:lees|leen|leiste|leyeron) (?:lo que|"
                    + "mi mensaje|mis mensajes)|repetir(?:me)? (?:lo mismo|otra vez)|otra vez lo mismo|siempre "
                    + "lo mismo|una y otra vez|responde(?:me)? (?:a )?(?:la|mi) pregunta|contestame"),
            // "I repeat" alone is as often a calm resend ("te lo repito por si no llego"): only its impatient forms.
            of("i-repeat", "(?:te|se|os|les) lo vuelvo a repetir|otra vez te lo digo|te lo digo por ultima vez|"
                    + "ni (?:una|un) (?:sola |solo )?(?:llamada|respuesta|noticia|"
                    + "palabra|mensaje|correo|mail|aviso|llamadita)"),
            of("waiting", "llevo (?:\\w+ )?(?:semanas|meses|dias|horas|una eternidad|siglos) (?:esperando|"
                    + "intentando|llamando|escribiendo|reclamando)|nadie (?:me )?(?:responde|contesta|atiende|"
                    + "ayuda|hace nada|llama)|sigo (?:sin|esperando) (?:respuesta|solucion|reembolso|mi)|"
                    + "(?:semanas|meses) (?:y|sin) (?:nada|respuesta)"),
            of("what-part", "que parte de (?:\\w+ ){0,10}?no (?:entiendes|entendeis|entienden|entendes|entendiste|"
                    + "entendieron)"),
            of("n-times", "(?:pedi|dije|explique|escribi|mande|llame|envie|di|pregunte|reclame|avise|presente|subi|"
                    + "solicite|intente|rellene|enviado|presentado|mandado|pedido|llamado|reclamado)(?: \\w+){0,6}? "
                    // "gracias mil veces" thanks, whatever was asked before it
                    + "(?<!gracias )(?:\\d+|dos|tres|"
                    + "cuatro|cinco|varias|muchas|mil) (?:veces|correos|mails|mensajes|llamadas)|te lo (?:di|dije|"
                    + "mande|pase|envie) hace"),
            of("understand-nothing", "no (?:entienden|entiendes|entendeis|entendes) (?:nada|absolutamente nada)|"
                    + "dejen de decir(?:me)?")
    };

    static final String[] SOFTENERS = {
            "un poco", "un poquito", "algo", "ligeramente", "medio", "un tanto", "no tan", "no muy"
    };

    static final String[] POSITIVE = {
            "gracias", "que (?:felicidad|alegria)",
            "genial(?:es)?", "increibles?", "me encanta", "perfect[oa]s?", "excelentes?", "felicidades",
            "feliz", "bravo",
            "maravillos[oa]s?", "ja(?:ja)+", "je(?:je)+", "que bueno", "guay", "chevere", "buenisimo", "wow",
            "fantastic[oa]s?", "que rico", "rico", "riquisimo", "delicioso", "no veo la "
                    + "hora", "majos?", "espectacular", "amo", "lo amo", "me gusta", "hermoso", "bello",
            "funciona", "funciono", "por fin", "yupi", "ole", "cumpleanos", "enhorabuena", "fenomenal", "crack",
            "que (?:rapid|buen|bonit|lind|precios|guap|chul)\\w*", "rapidisim[oa]s?", "encantad[oa]s?",
            "me encanto", "lo maximo", "de lujo", "una maravilla", "top", "quedo (?:genial|precios[oa]|perfect[oa]|"
                    + "bonit[oa]|de lujo)"
    };

    static final String[] JOY = {
            "de (?:alegria|felicidad|emocion|la risa|risa|gusto)", "ja(?:ja)+", "jsjs\\w*", "xd"
    };

    static final String[] EXCLAIMED = {
            "hay alguien", "alguien (?:ahi|por ahi|me lee)", "donde (?:esta|estan|coño)", "llevo", "desde (?:hace|"
                    + "las|ayer|esta)", "(?:semanas|meses|dias|horas) (?:esperando|sin)", "ahora mismo", "ahora",
            "otra vez", "otro", "otra", "no puedo creer", "en "
                    + "serio", "increible", "sigue", "siguen", "sin", "nadie", "nunca", "veces", "todavia", "aun",
                    "nada", "por que", "de nuevo", "para nada"
    };

    static final String[] TYPOS = {
            "inaceptable", "indignante", "vergonzoso", "verguenza", "intolerable", "inadmisible", "escandaloso",
            "incompetentes", "incompetente", "incompetencia", "estafadores", "sinverguenzas", "lamentable",
            "ridiculo", "indignado", "indignada", "frustrado", "frustrada", "desesperado", "desesperada",
            "ridicula", "ridiculos", "ridiculas", "vergonzosa", "vergonzosos", "escandalosa", "lamentables"
    };

    static final FrustrationRules RULES = FrustrationRules.of("es", THREATS, PUBLICITY, INSULTS, SWEARING, ANGER,
            REPEATING, SOFTENERS, POSITIVE, EXCLAIMED, JOY, TYPOS);

    private SpanishFrustration() {
    }
}
