package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.Frame.contact;
import static dev.handover.scenario.lang.Frame.person;
import static dev.handover.scenario.lang.NamedPattern.of;

/** English rules. Text is normalised: "don't" reads "do not", "I'd" reads "i d", "someone's" reads "someone s". */
final class English {

    private English() {
    }

    static final LanguageRules RULES = LanguageRules.builder("en")
            .stopWords("the", "and", "you", "your", "is", "are", "to", "i", "my", "can", "what", "do", "with", "it",
                    "this", "please", "want", "need", "have", "how", "of", "for", "me", "a", "an", "that", "talk", "when",
                    "will", "at", "be", "on", "not", "there", "would", "could", "like", "just", "get", "from",
                    "about", "if", "or", "but", "we", "they", "them", "someone", "anyone", "help", "speak", "where",
                    "who", "why", "does", "did", "was", "were", "been", "am", "yes", "thanks", "hi", "hello", "know",
                    "should", "any", "some", "all", "here", "now", "our", "us", "again", "still", "already")
            .spellings("im", "i am", "ya", "you", "u", "you", "ur", "your", "r", "are", "w", "with", "2", "to",
                    "pls", "please", "plz", "please", "plse", "please", "plox", "please", "ppl", "people",
                    "hooman", "human", "hoomans", "humans", "sum1", "someone", "tlk", "talk", "some1", "someone", "any1", "anyone",
                    "smb", "somebody", "sb", "somebody", "rn", "right now", "asap", "now", "thx", "thanks",
                    "ty", "thanks", "cn", "can", "cld", "could", "spk", "speak", "thru", "through", "wanna", "want to",
                    "gimme", "give me", "lemme", "let me", "gonna", "going to", "rly", "really", "ppls", "people",
                    "agnt", "agent", "hmn", "human", "idk", "i do not know", "cust", "customer", "custmer", "customer", "cutomer", "customer", "dunno", "do not know", "idek", "i do not know", "r8", "right", "b4", "before", "yall", "you all")
            .typoWords("human", "humans", "person", "people", "agent", "agents", "representative", "operator",
                    "someone", "somebody", "anyone", "manager", "supervisor", "employee", "advisor", "colleague",
                    "talk", "speak", "connect", "transfer", "want", "need", "can", "real", "actual", "live",
                    "please", "customer", "service", "support", "chat", "staff", "member", "talking", "speaking", "chatting", "assistant",
                    "assistance", "executive", "contact", "reception", "department", "receptionist", "through",
                    "transferred", "connected")
            .typoExclusions("humane", "manage", "managed", "manages", "managing", "prison", "parson", "peeple",
                    "agency", "argent", "angel", "agenda", "cant", "car", "cab", "wan", "nee", "read", "deal",
                    "life", "like", "lie", "love", "lives", "pleased", "please", "supports", "services", "servic",
                    "connects", "spear", "steak", "sneak", "speck", "want", "went", "wait", "talks", "tall", "walk",
                    "tale", "hanover", "humor", "oppressor", "personal", "personnel", "persona", "persons", "wants",
                    "needs", "employer", "employed", "cans", "reals", "lived", "assistants", "contacts", "contacted",
                    "departments", "executives", "taking", "walking", "thought", "though", "thorough", "through",
                    "personally", "supporting", "supported", "assist", "assisted", "resistance", "distance",
                    "instance", "transfers")
            .persons("humans?(?: beings?)?", "persons?", "people", "(?:service|support|sales|live|human|real) agents?",
                    "human (?:assistance|help|support)", "(?:real|live|personal) (?:support|help|assistance)",
                    "executives?", "client (?:services?|support|care)", "call cent(?:er|re)", "help ?line", "agents?", "representatives?", "reps?",
                    "operators?", "managers?", "supervisors?", "employees?", "staff(?: members?)?",
                    "team members?", "members? of (?:your |the |our )?(?:staff|team)", "advis[eo]rs?",
                    "associates?", "colleagues?", "someone", "somebody", "anyone", "anybody", "whoever",
                    "customer (?:services?|support|care|assistance|relations|success)(?: team| department| reps?|"
                            + " agents?)?", "live (?:chat|support)",
                    "support (?:team|staff|person|people)", "real one")
            .roles("owner", "boss", "dentists?", "doctors?", "dr", "hygienists?", "nurses?", "trainers?", "coach",
                    "instructors?", "mechanics?", "technicians?", "tech", "sales ?(?:man|men|woman|person|people)",
                    "sales (?:reps?|team|department|office)", "realtors?", "brokers?", "receptionists?",
                    "front desk", "reception", "office", "team", "department", "consultants?", "specialists?",
                    "secretary", "assistant", "guy", "lady", "billing", "accounts (?:receivable|payable)", "accounts", "support", "help ?desk",
                    "service desk", "founders?", "cleaners?", "accountants?", "accounting", "payroll", "finance",
                    "(?:parts|service|sales|billing|accounts|finance|claims|returns|shipping|warranty|leasing|"
                            + "admissions?|hr|it|maintenance|customer care) (?:department|dept|team|desk|office|guys?|"
                            + "people)", "whoever (?:handles|deals with|is in charge"
                            + "(?: of)?|manages|takes care of|does|runs|is responsible for)(?: \\w+)?",
                    "orthodontists?", "bankers?", "loan officers?", "tellers?", "surgeons?", "vets?", "veterinarians?", "groomers?", "stylists?", "barbers?",
                    "therapists?", "lawyers?", "attorneys?", "paralegals?", "adjusters?", "landlord", "foreman",
                    "contractor", "estimators?", "planners?", "coordinators?", "chef", "headteacher", "principal",
                    "pharmacists?", "optometrists?", "physio(?:therapist)?s?", "dealer(?:ship)?", "concierge",
                    "housekeeping", "room service", "(?:head|store|shop|office|general|practice|clinic|spa|"
                            + "service|site|branch|duty|floor) (?:manager|supervisor|lead)")
            .complement("(?:from|at|in|of|on) (?:the |your |ur |our |this )?\\w+(?: \\w+)?")
            .frames(
                    contact("talk-to", "(?<!was |were )(?:talk|speak|chat|converse|talking|speaking|chatting|"
                            + "(?:discuss|discussing|go over|going over|sort|sorting) (?:this|it|that|things|the \\w+|"
                            + "my \\w+(?: \\w+)?)(?: out)?)"
                            + "(?: (?:this|it|things) (?:through|over))?(?: (?:directly|personally|right now|now|"
                            + "quickly|briefly|real quick|in person|face to face))? (?:to|with|w)", ""),
                    contact("chat-with", "(?<!had |after |during |from |in |on |last )(?:a|quick|short|proper)"
                            + " (?:chat|talk|call|conversation|word|meeting)"
                            + "(?: (?:directly|personally|in person))? with", ""),
                    contact("help-from", "(?:help|assistance|support|advice|answers?|guidance) (?:from|of|by)", ""),
                    contact("with-real", "(?:with|to|from) (?:an? |some )?(?:real|actual|live|human|physical|"
                            + "genuine|flesh and blood)", ""),
                    contact("in-charge", "", "(?:herself|himself|themselves|directly|personally|in person)$"),
                    contact("word-with", "(?:a |quick )?word with", ""),
                    contact("connect", "(?:(?<!was |were |got |been |a |the |any |my |your )(?:connect|connected|"
                            + "connecting|"
                            + "transfer|transferring|switch|forward|pass|hand|send|put|escalate|redirect|route|direct|"
                            + "refer)(?: (?:me|us|this|it|my (?:call|chat|case|query|question)))?|(?:get|getting) "
                            + "(?:me|us)|(?:get|be|getting|being) (?:transferred|connected|switched|forwarded|passed|"
                            + "redirected|escalated|put through))(?: (?:over|back|on|through))? (?:to|with|through)", ""),
                    contact("reach", "(?:reach|reaching|contact|contacting|call|ring|phone|get hold of|"
                            + "get through to|(?:get|getting|be|been|being|put|me) in touch with)", ""),
                    contact("callback-from", "call(?: ?back)? from", ""),
                    contact("callback", "", "(?:(?:can|could|please|to|just|pls|now|today) )*(?:call|ring|phone|"
                            + "text|contact|email|message|get back to|reach out to) (?:me|us)\\b|give me a (?:call|"
                            + "ring)"),
                    contact("take-over", "", "(?:(?:can|could|please|to|just) )?take over"),
                    contact("available", "", "(?:be |is |are )?(?<!was |were |been )(?:available|free"
                            + "|around)(?: (?:now|right now|today|to "
                            + "(?:talk|chat|speak|help|hop|jump|get|discuss|go over|go through|walk me|run through)"
                            + "(?: \\S+){0,10}))?$|(?:be |is |are )?(?:available|free) (?:now |today "
                            + "|later )?for (?:a |an )?"
                            + "(?:quick |short |brief |little |proper )?(?:chat|call|phone call|video call|talk|word|"
                            + "conversation)\\b"),
                    // the person is the subject: "could someone talk with me about the bill"
                    contact("talk-with-me", "", "(?:(?:can|could|would|will|please|just) )*(?:talk|speak|chat|"
                            + "(?:discuss|go over|go through|run through|sort out) (?:this|it|that"
                            + "|things)) (?:to|with) "
                            + "(?:me|us)\\b"),
                    contact("role-please", "^(?:(?:hi|hello|hey|ok|okay|yes|and|also|can i have|could i have|may i "
                            + "have|i need|i d like|get me|give me) )*(?:the|your|a|an|our)",
                            "(?:please|now|asap|thanks|thank you)(?: please| thanks| thank you| now)*$"),
                    contact("talk-target", "(?:want|wanna|need|like|can i|let me|please) (?:to )?(?:talk|speak|chat)", ""),
                    contact("i-can-talk", "", "(?:i|we) (?:can|could|may|might) (?:talk|speak|chat)"),
                    person("want", "(?<!do i |do we |does it |do you )(?:want|need|require|request|requesting|"
                            + "demand|demanding|prefer|(?:d|would|really) (?:like|love|prefer)|ask for|"
                            + "asking for|looking for)", ""),
                    person("get", "(?:get|give|bring|fetch|find|grab|send)(?: me| us)?", ""),
                    person("have", "(?:can|could|may) (?:i|we) (?:have|see)", ""),
                    person("put-on", "put", "on(?:(?: (?:the line|the phone|this chat|here|the chat|now|please|"
                            + "already))*$| (?:who|that|"
                            + "which|with)\\b)"),
                    person("is-there", "(?:is|are) there (?:any|a|an|some)", ""),
                    person("help-me", "", "(?:(?:can|could|please|to|just) )?(?:(?:help|assist) (?:me|us)\\b|go over"
                            + " (?:this|it|"
                            + "that) with (?:me|us)|(?:walk|talk) (?:me|us) through)"),
                    person("get-to", "(?:get|getting) (?:through )?to", ""))
            .clauseRequests(
                    of("connect-me", "^(?:(?:please|pls|just|ok|okay|now|so|then|can you|could you) )*(?:connect|"
                            + "transfer|"
                            + "escalate|put) (?:me|us|this)(?: (?:through|over|on))?(?: (?:now|please|asap|already))*$"),
                    of("someone-free", "\\bif (?:someone|somebody|anyone|anybody|a person|a human)(?: \\w+){0,4}?"
                            + " (?:is|s|are) "
                            + "(?:around|available|free|there|about|in|on)\\b"),
                    of("best-person", "\\bwho (?:is|s|would be|d be|will be|might be) (?:the )?(?:best |right "
                            + "|correct )?(?:person|one|contact|guy)"
                            + " (?:to|i should|i can) (?:speak|talk|chat)"),
                    of("hand-off", "\\b(?:hand|pass) (?:me|us|this|it) (?:off|over)\\b"),
                    of("who-to-talk-to", "\\bwho (?:should|can|could|do|would|shall|must|may) (?:i|we) (?:speak|talk|"
                            + "chat)(?: (?:to|with))?\\b"),
                    of("no-one-to-talk-to", "\\b(?:is|are) there (?:really )?(?:no one|noone|nobody|not anyone|"
                            + "not a (?:single )?(?:person|human))(?: (?:i|we) can (?:talk|speak|chat)| to (?:talk|"
                            + "speak)|$)"),
                    of("talk-to-them-again", "\\b(?:talk|speak|chat) (?:to|with) (?:him|her|them)"
                            + "(?: (?:again|please|now|directly|today))*$"))
            .gapBreakers("to", "for", "about", "on", "at", "in", "into", "if", "and", "but", "or", "than", "because",
                    "so", "when", "with", "from", "by", "my", "his", "her", "their", "it", "i", "he", "she", "they",
                    "we", "is", "are", "was", "were", "be", "been", "not", "no", "another", "other", "second",
                    "extra", "more", "\\d+", "two", "three", "four", "five", "call", "back", "what", "which")
            .fillers("please", "now", "right", "a", "an", "the", "some", "real", "actual", "live", "proper", "just",
                    "hey", "hi", "hello", "ok", "okay", "yes", "yeah", "sorry", "immediately", "urgent", "urgently",
                    "already", "again", "thanks", "thank you", "i mean", "only", "quick", "quickly", "oh", "omg",
                    "ugh", "hm+", "well", "yo", "seriously", "lol", "then", "one", "talk", "speak", "to", "with", "chat")
            .negations("not", "no", "never", "without", "nobody", "none", "neither", "nor")
            .negationEnds("but", "however", "i (?:just )?(?:want|need)", "let me", "please", "just",
                    "(?:can|could|would|will) (?:you|i|we|someone|somebody|anyone)", "and (?:would|d) like",
                    "(?:so|and) (?:i|we) (?:want|need|would like)", "i d (?:like|rather|prefer|love)",
                    "i would (?:like|rather|prefer)", "(?:just )?(?:get|give) me", "then", "instead")
            .comparatives("than", "instead of", "rather than")
            // "I don't know how to reach a person": the customer lacks the way, not the wish.
            .negationLifts("(?:do|did|does) not (?:\\w+ ){0,2}?(?:know|understand|get|see|remember) (?:\\w+ ){0,3}?"
                            + "(?:how|where|what|who|whom|which)",
                    "(?:no|not (?:a|any)|have no) (?:idea|clue)(?: \\w+){0,2}? (?:how|where|what|who|whom)",
                    "not sure (?:how|where|who|what|whom)",
                    "(?:can|could) not (?:\\w+ ){0,2}?(?:figure out|work out|find|see|tell|work) (?:how|where|who|what|"
                            + "a way|any way|the way|out)",
                    "(?:can|could|am|was|were|have|has|had) (?:not|never)(?: been)?(?: (?:seem to|manage to|able to|"
                            + "even|yet))*"
                            + " (?:get (?:through|hold|in "
                            + "touch|a hold|hold of|to)|reach|contact|find|talk|speak|chat|get to|connect)",
                    "(?:unable|impossible) to (?:get|reach|contact|find|talk|speak|chat)",
                    "no (?:way|option|button|link)(?: \\w+){0,2}? to (?:talk|speak|chat|reach|contact|get)")
            .infoQuestions("what (?:time|times|hours|days?)", "which (?:hours|days|times)", "(?:until|til|till) when",
                    "what (?:is|s|are) (?:the |your )?(?:\\w+ )?(?:number|phone|email|e mail|address|extension|line)",
                    "(?:what|which) (?:number|phone|email|e mail|address|extension|line)",
                    "when (?:does|do|is|are|will|would)", "how (?:late|early|long)",
                    "(?<!what |how )(?:do|does|would|will|must|should) (?:i|we|you) (?:really |actually |always )?"
                            + "(?:need|have) to", "(?<!what |how )(?:do|would|will) (?:i|we) need", "is it (?:necessary|required|mandatory|needed|obligatory|a must)",
                    "(?:necessary|required|mandatory|obligatory) to", "must (?:i|we)", "is there a need",
                    "(?:need|have) to (?:\\w+ ){0,2}?(?:or|or can|or could) (?:i|we)",
                    "(?:opening|business|office|support|working|service) hours", "(?:phone|contact|support|direct)"
                            + " numbers? (?:for|of|to)",
                    "hours (?:of|for)", "(?:visit|come (?:in|by|to)|go (?:to|into)|stop by|drop by|walk (?:in|into)) "
                            + "(?:\\w+ ){0,3}?to (?:talk|speak|see|meet)", "(?:number|phone|email|e mail|address|"
                            + "extension|line|link) (?:to|for|i can|i "
                            + "should|we can) (?:call|reach|contact|ring|text|email|phone|dial)")
            .servicePurposes("to (?!(?:talk|speak|chat|help|assist|answer|explain|call|contact|discuss|reach|deal|"
                    + "handle|look|check|review|get back|sort|go over|take over|respond|reply|email|text|message|"
                    + "ring|phone|be|tell|advise|clarify|read|see|listen|hear|understand|decide|approve|confirm)\\b)"
                    + "[a-z]+", "with (?:me|us)\\b",
                    // "send someone round to look at the roof": a visit, whatever its verb
                    "(?:round|over|out) to [a-z]+",
                    "(?:who|that) (?:can|could|will|would) (?!(?:talk|speak|chat|help|assist|answer|explain|call|"
                    + "contact|tell|advise)\\b)[a-z]+")
            .hypotheticals("if", "in case", "should (?:i|we|something|anything|there|it|this|that|the)", "once (?:i|"
                    + "we)", "when (?:i|we)", "unless",
                    "whenever", "in the future", "future reference", "next time", "hypothetically", "later on",
                    "at some point", "might", "maybe", "perhaps", "probably", "may (?:want|need)",
                    "(?:will|ll|would) (?:want|need)", "just curious", "just wondering")
            .politeConditions("(?:not sure|unsure|wondering|wonder|ask|asking|asked|know|see|check|checking|confirm|"
                            + "tell me) if", "if (?:so|possible|you can|you could|you would|you do not mind|that is"
                            + " (?:ok|okay|"
                    + "alright)|that s (?:ok|okay|alright)|it is not too much trouble|it s not too much trouble|"
                    + "not too much trouble|at all possible)", "(?:appreciate|grateful|glad|happy) (?:it )?if")
            .imperatives("^(?:(?:then|so|ok|okay|just|please|now|and) )*(?:connect|transfer|put|pass|get|give|"
                    + "send|let|escalate|switch) (?:me|us|this)", "\\b(?:right now|asap|immediately)\\b")
            .reporters("(?<!\\bi |\\bwe |\\byou )(?:said|says|told (?:me|us)|mentioned|claims|claimed|reckons|swears)")
            .quotes("says?", "said", "saying", "typed", "type(?! to)", "wrote", "write", "reply", "replied",
                    "button", "option(?! (?:anywhere |here |at all )?to (?:talk|speak|chat|reach|contact|get))", "menu", "autocorrect\\w*", "by mistake", "ignore", "what does",
                    "difference between", "the word", "called", "remind (?:me|us) to", "reminder to", "note to self",
                    "(?:do not|never) forget to",
                    "(?:my|our) (?:wife|husband|partner|mom|mother|dad|father|son|daughter|kids?|friend|boss|sister|"
                            + "brother|family|neighbou?r) (?:wants|needs|would like|asked)")
            .botQuestions("(?:are|r) (?:you|u|these|those|the (?:replies|answers|responses|messages))",
                    "(?:you|u) (?:are|re|r)", "is (?:this|it|that)", "am i (?:talking|chatting|speaking|texting|"
                            + "writing)", "is (?:anyone|someone|somebody) (?:actually |really )?(?:typing|reading|"
                            + "there|writing)", "who (?:is|s) (?:this|typing|answering|replying|writing)")
            .natureWords("humans?", "person", "people", "bot", "robot", "ai", "machine", "automated", "automatic",
                    "chatbot", "computer", "program", "real", "live", "actual", "assistant", "agent", "someone",
                    "chatgpt", "siri", "alexa", "typing", "artificial")
            .botWords("bot", "robot", "ai", "machine", "automated", "automatic", "chatbot", "computer", "program",
                    "virtual assistant", "artificial intelligence", "chatgpt")
            .orWords("or")
            .otherSenses("human (?:resources|rights|error|nature|body|race|hair|grade|touch|trafficking|"
                    + "interest)", "user agents?", "(?:travel|real estate|estate|insurance|secret|free|double|"
                    + "sports|talent|literary|press|booking|shipping|cleaning|my|his|her|their) agents?",
                    "(?:delivery|cable|pizza|mail|uber|taxi|tech) (?:person|guy|man|people|driver|lady)",
                    "in person", "people person", "representative (?:sample|example)", "voice assistants?",
                    "agents? (?:code|fee|fees|commission|not found|number|id)",
                    "(?:property|building|branch|account|project|my|his|her|their) managers?",
                    "(?:my|our) (?:boss|employer|supervisor|line manager)",
                    "(?:licensed|machine|crane) operators?", "personal (?:assistant|trainer)",
                    "(?:two|three|four|five|six|\\d+) (?:people|persons)",
                    "(?:you|ya) (?:people|guys|folks|lot)",
                    "(?:humans?|person|people|someone|anyone|agents?) (?:limits?|fees?|charges?|caps?|minimum|maximum|"
                            + "price|rates?|discount|tickets?|pass|max|min)",
                    "(?:humans?|person|people|someone|somebody|anyone|anybody) (?:actually |really |even )?(?:reading|"
                            + "typing|watching|behind|reviewing|monitoring|checking|seeing) (?:this|these|the|my|"
                            + "messages|chats?|it)",
                    "(?:customer (?:service|support|care)|support|sales|reception|front desk|office|agents?|team|"
                            + "billing|help ?desk|call cent(?:er|re)|live chat|human) (?:phone )?(?:numbers?|emails?|"
                            + "e mail|address|hours|line|website|link|portal|page|opening hours|open|opens|closed|"
                            + "close)")
            .fallbacks(EnglishReplies.FALLBACKS)
            .uncertainFallbacks(EnglishReplies.DOUBTS)
            .clauseRequests(ContactFamilies.requests("en"))
            .clauseRequests(Callbacks.requests("en"))
            .fallbacks(FallbackFamilies.certain("en"))
            .fallbacks(ChannelRefusals.certain("en"))
            .fallbacks(RecordFallbacks.certain("en"))
            .uncertainFallbacks(FallbackFamilies.uncertain("en"))
            .dissatisfied(EnglishReplies.DISSATISFIED)
            .resolved(EnglishReplies.RESOLVED)
            .dissatisfied(FeedbackFamilies.dissatisfied("en"))
            .resolved(FeedbackFamilies.resolved("en"))
            .dissatisfied(RetryFeedback.dissatisfied("en"))
            .resolved(RetryFeedback.resolved("en"))
            .thanks(EnglishReplies.THANKS)
            .questionStarts(EnglishReplies.QUESTION_STARTS)
            .faultQuestions(EnglishReplies.FAULT_QUESTIONS)
            .undecided(EnglishReplies.UNDECIDED)
            .build();
}
