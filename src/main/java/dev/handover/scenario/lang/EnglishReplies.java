package dev.handover.scenario.lang;

import static dev.handover.scenario.lang.NamedPattern.of;

/** English phrases of bot replies (fallbacks) and of customer replies to them (feedback), over normalised text. */
final class EnglishReplies {

    /** Phrases by which the bot itself ("I") admits it lacks the answer; "we don't have parking" is an answer. */
    static final NamedPattern[] FALLBACKS = {
            of("no-info", "i do not have (?:\\w+ ){0,4}?(?:information|info|details|data|access|answers?|"
                    + "pricing|prices|figures|visibility|records?|stock|knowledge|insight|updates?)|i have no "
                    + "(?:information|info|details|data|idea|access)|(?:information|details|data) (?:is|are) not "
                    + "available|not available to me|not something i have (?:info|information|details)"),
            of("cannot-help", "i (?:can not|am unable to|m unable to|am not able to|m not able to|"
                    + "am not allowed to|m not allowed to) (?:help|answer|assist|give|access|tell|confirm|say|"
                    + "provide|find|check|see|process|handle|share|look up|quote|advise)|not something i can "
                    + "(?:help|answer|assist)"),
            of("check-with-team", "(?:let me|i ll|i will|i am going to|i m going to|i need to|i ll need to|"
                    + "i will need to|i ll have to|i have to|i must|i d rather|i would rather|i d better)"
                    + "(?: \\w+){0,2}? (?:check|confirm|double check|verify|ask|find out|look into|pass|forward|"
                    + "escalate|refer)(?: \\w+){0,5}? (?:team|staff|office|colleagues?|manager|dentist|doctor|"
                    + "department|clinic|someone|owner|front desk|humans?|person|agents?|specialists?|"
                    + "technicians?|supervisor|service|them|you)|i (?:have|ve) (?:forwarded|passed|escalated|"
                    + "sent|shared) your|(?:team|staff|someone) will (?:need|have) to (?:look into|answer|check|"
                    + "confirm)"),
            of("not-found", "i (?:could not|did not|was not able to|am not able to|can not) find(?! (?:a |any )?(?:free"
                    + "|available|open) \\w+)|found nothing|"
                    + "(?:could not|can not|did not|was not able to|am not|not) (?:find|finding|see|seeing|locate|"
                    + "locating) (?:anything|any (?:info|information|details|mention|record|policy)|a (?:policy|"
                    + "record|mention))|i do not see anything (?:in|about|on|regarding)|"
                    + "no (?:results|matches) (?:for|about|on)"),
            of("out-of-scope", "(?:outside|beyond) (?:of )?what i (?:can|am able|m able)|i can only "
                    + "(?:help|answer|assist)|i (?:am|m) only able to (?:help|answer|assist)|(?:outside|out of) "
                    + "my (?:scope|knowledge)"),
            of("not-understood", "i (?:did not|do not|could not) (?:quite )?(?:understand|get|follow|catch)"
                    + "|trouble understanding|could you (?:please )?(?:rephrase|"
                    + "clarify|reword)"),
            of("handover-offer", "(?:connect|pass|transfer) you (?:with|to) (?:someone|a colleague|our team|"
                    + "a member|a person|a human)"),
            of("beyond-me", "beyond (?:my|what i) (?:knowledge|scope|abilities|expertise|can (?:answer|help|"
                    + "say|tell)|know)|(?:that|this) (?:is|s) (?:a question|one|something) (?:for|best answered by|"
                    + "i (?:will|ll|d|would) (?:need|have) to (?:pass|leave|ask))|not the (?:best|right) (?:one|"
                    + "person|place) to (?:ask|answer)|(?:teammate|team member|colleague|staff member|specialist|"
                    + "someone from (?:our|the) (?:\\w+ )?(?:team|office|staff|shop|clinic|store))(?: (?:can|will|could|"
                    + "would|should))(?: need to)? (?:help|answer|assist|follow up|get back|reach out|confirm|look|"
                    + "check|review|take a look)|beyond me|(?:loop|bring|pull) in (?:the|our|a|someone)|i (?:ll|will|"
                    + "d|would) (?:have|get|ask) (?:someone|the|our|a) (?:\\w+ ){0,4}?(?:reach out|call|contact|get "
                    + "back|follow up|confirm|check|answer)|(?:not|n t) (?:covered|included|mentioned|listed) in "
                    + "(?:the|my) (?:info|information|notes|data|materials|documents)"),
            of("would-have-to-check", "(?:i|we) (?:d|would|ll|will) (?:need|have) to (?:\\w+ ){0,2}?(?:check|"
                    + "confirm|verify|ask|find out|look into|double check)|(?:let me|i ll|i will|i need to) "
                    + "(?:find out|look into (?:it|that|this))|i ll get back to you (?:on|about) (?:that|this)"),
            of("no-way-to-know", "i have no (?:way|means) (?:of|to) (?:know|knowing|check|checking|see|seeing|"
                    + "confirm|confirming|tell|telling)|not (?:something|a topic|a question|one) i (?:m |am )?(?:\\w+ ){0,3}?"
                    + "(?:answer|help with|handle|know)|not the (?:best|right) (?:source|one|person)|i do not "
                    + "(?:think|believe) i have (?:that|the|any|this)|(?:my|the) (?:information|knowledge|data|resources|documents|"
                    + "notes|records|info) (?:does|do|did) not (?:cover|include|mention|say|have|contain|show)|"
                    + "i (?:was not|could not|can not|did not) (?:able to )?(?:locate|find|see|pull up|access)"
                    + "(?! (?:a |any )?(?:free|available|open) \\w+)|"
                    + "nothing (?:about|on) (?:that|this|it) in my|not (?:something|a topic|a question) i (?:know|"
                    + "can (?:speak|answer|help with)|have (?:details|info|information|an answer))")
    };

    /** Doubt: a fallback unless the bot goes on to ask the customer a question. */
    static final NamedPattern[] DOUBTS = {
            of("not-sure", "not sure i (?:understand|follow)|i (?:am|m) (?:honestly |really |just )?(?:not (?:\\d+ )?(?:sure|certain)|unsure)|not sure(?! if you (?:saw|know|noticed|heard|re aware|are aware|got))|"
                    + "unsure (?:whether|if|about|of)|i (?:can|could) not (?:say|tell) (?:for sure|for certain|"
                    + "exactly)|i do not (?:really )?know (?:if|whether|the answer)|"
                    + "can not say for sure|i do not know|no idea")
    };

    /** The customer says the bot's last answer failed. */
    static final NamedPattern[] DISSATISFIED = {
            of("did-not-help", "(?:did|does|do|has|have) not (?:really )?(?:help|work|fix|solve|answer|resolve|"
                    + "make sense|match|load)|not (?:helpful|useful|relevant)|(?:useless|pointless|unhelpful)|"
                    + "waste of (?:my )?time|no help|(?:more|even more) confused|nothing (?:happened|changed)|"
                    + "(?:i|we) (?:have |ve )?already (?:tried|done|did) (?:that|this|it|those|all)|"
                    + "(?:that|this|it) (?:is|s) not working|(?:that|this|it|you)(?: are| re| is| s)? not (?:really |even )?"
                    + "(?:helping|helpful|useful)|(?:link|code|button|page|app|website|site|form|portal)(?: you "
                    + "(?:sent|gave))? (?:does not|did not|will not|won t|do not) (?:even )?(?:open|work|load|exist)|"
                    + "still \\w+ing (?:after|even after)"),
            of("still-broken", "still (?:not|n t) (?:working|fixed|solved|resolved|loading|sorted|there|"
                    + "received|arrived|delivered)|still (?:broken|the same|charged|charging|crashing|crashes|"
                    + "says|failing|happening|waiting|stuck|getting|showing|missing|wrong|down|declined)|still "
                    + "(?:can not|will not|won t|does not|do not|did not|have not|has not)|(?:link|code|button|"
                    + "page|app)(?: you sent)? (?:is|s) (?:broken|wrong|dead|not working)"),
            of("not-what-i-asked", "(?:that|this|it) (?:is|s|was) not (?:even )?(?:the right|the correct|what|it|right|correct|relevant|"
                    + "helpful|the issue|the problem|my question|the answer|true)|not what i (?:asked|meant|"
                    + "said|need|needed|wanted|was asking)|not my question|completely different"),
            of("wrong-answer", "(?:that|this|it) (?:is|s)(?: just| simply| totally| completely| still| all)? (?:wrong|"
                    + "incorrect)|(?:that|this|it) (?:is|s|was) (?:the |a )?wrong (?:\\w+ )?(?:address|location|date|time|"
                    + "day|number|price|one|item|size|colou?r|product|store|branch|answer|info|information|place|link)|^(?:no |nope )?wrong|"
                    + "i (?:meant|asked about|asked for|was asking about|said)"),
            of("not-understood", "you (?:are|re) not (?:understanding|listening|reading|getting it|helping|answering)|"
                    + "you do not (?:understand|get it|listen|get what)|do not think you (?:get|understand)|"
                    + "did you (?:even )?read"),
            of("repeat", "(?:keep|re|are) (?:giving|saying|repeating|sending) (?:me )?(?:the same|that)|"
                    + "same (?:thing|answer|reply|response|message) (?:you|again|as)|going in circles"),
            of("sarcasm", "(?:thanks|thank you) for nothing|(?:copy ?paste|canned|generic|automated|robotic|scripted) "
                    + "(?:answer|reply|response|message)s?|oh wow (?:so|very|super|really|such) (?:helpful|useful)|"
                    + "(?:so|very) (?:helpful|useful) really$|(?:very|super|so|really|sooo|real|such a) (?:helpful|"
                    + "useful|useless) (?:not|lol|haha|as always)|yeah right|(?:thanks|thx) a lot (?:not|for "
                    + "nothing)|as (?:helpful|useful) as a|(?:great|wow|gee|oh|well)(?: thanks)? (?:super |very |so "
                    + "|really )?(?:helpful|useful) (?:not|as always|again)"),
            of("loop", "(?:going|go|running|run|talking|talk|went) (?:around |round )?in (?:circles|loops?)|"
                    + "(?:stuck )?in a loop|round and round|around and around|back to square one|getting nowhere|"
                    + "going nowhere|(?:you|u) (?:already|just) (?:said|told me|sent) (?:that|this)|"
                    + "(?:you|u) said (?:that|this) (?:already|before|twice)|(?:the )?(?:second|third|fourth|2nd|3rd|4th|\\d+(?:th|rd|nd)?) "
                    + "time (?:you|u) (?:ve |have )?(?:sent|said|told|given|suggested)|(?:you|u) (?:ve |have )?"
                    + "(?:told me|said|sent(?: me)?|gave me|given me) (?:that|this|the same(?: thing)?) (?:already|"
                    + "before|twice|again|earlier)"),
            of("tried-already", "(?:tried|done|did) (?:that|this|it|those|all that|all of that|everything)"
                    + "(?: (?:already|before|twice|too|yesterday|earlier))|already tried|tried (?:that|this|it) "
                    + "(?:already|before|twice)|(?:i|we) (?:did|tried) (?:exactly )?(?:that|what you said)"),
            of("curt-no", "^(?:meh|ugh|nah)$|none of (?:that|this|those|it|these) (?:answers|helps|helped|works|worked|"
                    + "makes sense|is (?:helpful|relevant|what))|^(?:no |nope |nah )?(?:incorrect|not correct|not right|not true|false|wrong again)"
                    + "$|^(?:not really|not quite)\\b|^(?:no|nope) (?:it|that) (?:did not|does not|is not)"),
            of("same-problem", "(?:same|the same) (?:problem|issue|error|result|thing happens|message "
                    + "again|error message|thing as before|old problem)|nothing has changed|no change|"
                    + "(?:makes|made) no (?:sense|difference)|(?:you|u) (?:did not|have not|do not|never) "
                    + "(?:answer|address|respond to|get to) (?:my|the) (?:question|problem|issue)|\\bsmh\\b"),
            of("gave-up", "(?:thanks|thank you|ok|okay) anyway|figure it out myself|i give up|forget it|"
                    + "(?:this|that) is (?:ridiculous|pointless|a joke|hopeless)"),
            // the fault goes on: "still flickering", "it's still dripping"
            of("persisting", "^(?:(?:it|that|this|the \\w+|my \\w+) (?:is |s )?)?still (?!(?:deciding|thinking|looking|"
                    + "considering|interested|planning|open|available|here|working|good|fine|going|checking|waiting "
                    + "for (?:my|the) (?:husband|wife|partner))\\b)\\w+ing\\b"),
            // the customer had already given what the bot asks for again
            of("gave-already", "i (?:literally |just |already |have |ve )+(?:gave|given|told|provided) you"
                    + "|i (?:literally "
                    + "|have |ve )?already (?:sent|given|provided|told) you|i (?:just )?(?:sent"
                    + "|gave) (?:you )?(?:that|it|"
                    + "this|my \\w+(?: \\w+)?) (?:already|twice|again|earlier|before)|i (?:told"
                    + "|gave) you (?:that |this |it )?"
                    + "(?:already|before|twice)")
    };

    /** The customer says the problem is solved. */
    static final NamedPattern[] RESOLVED = {
            of("worked", "(?:that|it|this) (?:finally |really |totally |actually )?(?:worked|works|helped|"
                    + "helps|fixed it|did it|did the trick|solved it|answers my question|makes sense|is clear)|"
                    + "(?:it s|it is|its|is) (?:working|fixed|sorted|solved) now|(?:working|works) now|"
                    + "all (?:good|clear|set|sorted)|(?:problem )?(?:solved|sorted|fixed|resolved)|"
                    + "(?:clears|cleared|sorts|sorted|clear|sort) (?:it|that|things|everything) (?:up|out)|"
                    + "the \\w+ (?:finally |really |actually )?(?:worked|did the trick|fixed it)|(?:is|s|are) "
                    + "(?:fine|working|ok|okay|good) now|"
                    + "found it|i (?:am|m) in|(?:went|got) through|(?:received|got) the (?:email|code|link|"
                    + "message|confirmation)|makes sense|did the trick|that helps"),
            of("that-is-all", "(?:that s|that is) all i (?:needed|wanted)|exactly what i (?:needed|was "
                    + "looking for|wanted)|all i needed"),
            of("works-for-me", "works for me|that answers (?:it|my question|everything)|(?:that|it) did it|"
                    + "(?:that s|that is|yes that s|yep that s) (?:it|the one|exactly it|perfect|what i needed)$|"
                    + "^(?:understood|gotcha|sorted|all good|perfect)$|(?:it s|it is|its) (?:fine|"
                    + "ok|okay|good|all good) now|(?:you re|you are) (?:a star|a lifesaver|a legend|the best)|"
                    + "lifesaver|problem (?:is )?gone|back (?:up and running|to normal|online)"),
            of("understood-now", "(?:now|ok now|ah now|oh now) i (?:get|understand|see)(?: it| that)?\\b|i (?:get|"
                    + "understand|see) (?:it |that )?now|(?:got|get) it now|that makes sense now"),
            of("logged-in", "i (?:can|could) (?:finally )?(?:log|sign|get) in(?:to \\w+)? now|(?:i m|i am) "
                    + "(?:finally )?(?:logged|signed) in|(?:managed|was able) to (?:log|sign|get) in")
    };

    /** Thanks and praise: they close the matter when no question follows. */
    static final String[] THANKS = {
            "got it", "thanks", "thank you", "thank u", "cheers", "perfect", "great", "awesome", "amazing",
            "wonderful", "brilliant", "excellent", "cool", "nice", "super", "fantastic", "lovely",
            "appreciate it", "much appreciated", "sweet", "booked", "see you", "thx"
    };

    /** A detail the customer does not know yet: an answer to the bot, not a failed attempt. */
    static final String[] UNDECIDED = {
            "(?:not sure|do not know|no idea|not decided|have not decided"
                    + "|undecided)(?: \\w+)? yet", "still (?:not sure|"
                    + "undecided|deciding)"
    };

    /** Openers of a question asking what is wrong with a thing: its fault words are news, not feedback. */
    static final String[] FAULT_QUESTIONS = {
            "(?:do you know|do you guys know|any idea|can you tell me|could you tell me) (?:what s|what is"
                    + "|what could be) "
                    + "(?:wrong|the (?:problem|issue|matter)) with (?:the|my|our|a|an|this) "
    };

    /** Openers of a question without a question mark. */
    static final String[] QUESTION_STARTS = {
            "what", "how", "when", "where", "which", "who", "why", "can i", "could i", "do you",
            "does", "is it", "is there", "are you", "are there"
    };

    private EnglishReplies() {
    }
}
