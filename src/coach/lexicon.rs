//! The coach's vocabulary: small curated tables, each sorted (byte order) so a lookup is a
//! binary search. Phrases are lower case, words separated by one space, contractions written
//! out (`did not`, matched by `didn't` too). Verbs are base forms unless a table says
//! otherwise; `inflects` finds regular forms, irregular ones are listed.

// ---- who: person-like subjects ----

/// Capitalised words that start sentences and are never names.
#[rustfmt::skip]
pub(crate) const NOT_NAMES: &[&str] = &[
    "a", "after", "all", "also", "an", "and", "any", "april", "as", "at", "august", "because",
    "before", "both", "but", "by", "december", "during", "each", "every", "everyone", "february",
    "for", "friday", "from", "had", "has", "have", "he", "her", "his", "how", "however", "i", "if",
    "in", "it", "its", "january", "july", "june", "last", "later", "march", "may", "monday", "more",
    "most", "my", "next", "no", "nobody", "none", "nothing", "november", "now", "october", "of",
    "on", "once", "one", "only", "or", "our", "saturday", "september", "she", "since", "so", "some",
    "someone", "sunday", "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "thursday", "to", "today", "tuesday", "until", "we", "wednesday", "what", "when", "where",
    "which", "while", "who", "why", "with", "without", "yesterday", "you", "your",
];

/// Capitalised words that name parts of a system, not people ("Checkout broke").
#[rustfmt::skip]
pub(crate) const SYSTEM_NOUNS: &[&str] = &[
    "alert", "api", "app", "backend", "backup", "bot", "build", "cache", "cart", "cdn", "checkout",
    "cluster", "code", "config", "cron", "dashboard", "database", "db", "deploy", "dns", "email",
    "feed", "firewall", "form", "frontend", "import", "inventory", "job", "login", "newsletter",
    "page", "pipeline", "promo", "proxy", "queue", "release", "router", "scheduler", "script",
    "search", "server", "service", "site", "sync", "system", "test", "tool", "update", "upgrade",
    "webhook", "website", "worker",
];

/// Nouns for people and roles: as the subject of a failure they are blamed.
#[rustfmt::skip]
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "admin", "admins", "analyst", "approver", "boss", "ceo", "colleague", "colleagues",
    "contractor", "contractors", "coordinator", "copywriter", "cto", "designer", "designers", "dev",
    "developer", "developers", "devs", "employee", "employees", "engineer", "engineers", "founder",
    "freelancer", "guy", "guys", "hire", "intern", "interns", "lead", "manager", "managers",
    "newbie", "on-call", "oncall", "owner", "person", "reviewer", "shift", "sre", "staff",
    "staffer", "team", "teams", "tester", "testers", "writer",
];

/// Teams named by their function ("Marketing forgot…").
#[rustfmt::skip]
pub(crate) const TEAMS: &[&str] = &[
    "devops", "engineering", "finance", "leadership", "legal", "management", "marketing", "ops",
    "qa", "sales", "support",
];

/// Pronouns that always mean people.
#[rustfmt::skip]
pub(crate) const PERSON_PRONOUNS: &[&str] = &[
    "everybody", "everyone", "he", "her", "him", "she", "somebody", "someone",
];

/// Pronouns that may mean people or things ("they"): only human-only verbs blame them.
#[rustfmt::skip]
pub(crate) const VAGUE_PRONOUNS: &[&str] = &["they", "you"];

/// Objects of "remind …", "make sure …" that are people.
#[rustfmt::skip]
pub(crate) const OBJECT_PRONOUNS: &[&str] = &[
    "all", "everybody", "everyone", "folks", "him", "people", "staff", "them", "us", "we", "you",
];

#[rustfmt::skip]
pub(crate) const DETERMINERS: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some",
    "the", "their", "these", "this", "those", "your",
];

/// Framing that announces hindsight.
#[rustfmt::skip]
pub(crate) const HINDSIGHT_FRAMES: &[&str] = &[
    "in hindsight", "in retrospect", "looking back", "with hindsight",
    "with the benefit of hindsight",
];

/// "pretty sure", "not certain": confidence stated instead of evidence.
#[rustfmt::skip]
pub(crate) const SURE_WORDS: &[&str] = &["certain", "confident", "sure"];
#[rustfmt::skip]
pub(crate) const SURE_HEDGES: &[&str] = &[
    "almost", "fairly", "not", "pretty", "quite", "reasonably",
];

/// "Any developer would know…": knowledge everyone supposedly had.
#[rustfmt::skip]
pub(crate) const KNOW_VERBS: &[&str] = &[
    "know", "notice", "realise", "realize", "see", "spot", "tell", "understand",
];

/// Comparatives that promise improvement without saying how much.
#[rustfmt::skip]
pub(crate) const COMPARATIVES: &[&str] = &[
    "better", "cleaner", "easier", "faster", "less", "more", "quicker", "safer", "smoother",
    "stronger", "tighter",
];

/// Words that may stand between a subject and its verb ("Dave simply forgot").
#[rustfmt::skip]
pub(crate) const SUBJECT_SKIP: &[&str] = &[
    "'d", "accidentally", "actually", "again", "all", "already", "also", "apparently", "basically",
    "both", "clearly", "completely", "entirely", "evidently", "had", "has", "have", "inadvertently",
    "just", "literally", "may", "might", "mistakenly", "must", "obviously", "once", "probably",
    "really", "repeatedly", "seemingly", "simply", "somehow", "still", "then", "totally",
    "unfortunately", "unknowingly", "was", "were", "would",
];

// ---- blame: failure verbs ----

/// Failures only people commit: any person-like subject makes them blame.
#[rustfmt::skip]
pub(crate) const HUMAN_FAILURES: &[&str] = &[
    "blew it", "drop the ball", "dropped the ball", "drops the ball", "forget", "forgets",
    "forgetting", "forgot", "forgotten", "fumbled", "goofed", "made a mistake", "made an error",
    "made the mistake", "mess up", "messed up", "messes up", "neglect", "neglected", "neglects",
    "overlook", "overlooked", "overlooks", "screw up", "screwed up", "screws up", "slipped up",
];

/// Failures systems commit too ("the cron job missed its run"): blame only with a clear person.
#[rustfmt::skip]
pub(crate) const SHARED_FAILURES: &[&str] = &[
    "break", "breaks", "broke", "broken", "ignore", "ignored", "ignores", "miss", "missed",
    "misses", "skip", "skipped", "skips",
];

/// "failed to" + verb.
#[rustfmt::skip]
pub(crate) const FAILED_TO: &[&str] = &["fail to", "failed to", "failing to", "fails to"];

/// Negations + verb ("did not check", "never escalated").
#[rustfmt::skip]
pub(crate) const NEGATIONS: &[&str] = &[
    "did not", "do not", "does not", "had not", "has not", "have not", "never",
];

/// Between a negation and its verb ("didn't even check").
#[rustfmt::skip]
pub(crate) const NEGATION_SKIP: &[&str] = &[
    "actually", "always", "even", "ever", "fully", "properly", "really",
];

/// Things people do and systems don't: "Stripe didn't send" is not blame, "Sarah didn't tell"
/// is. Base forms, plus irregular past forms.
#[rustfmt::skip]
pub(crate) const HUMAN_ACTS: &[&str] = &[
    "acknowledge", "announce", "answer", "approve", "ask", "bother", "caught", "check",
    "communicate", "confirm", "consult", "coordinate", "double-check", "escalate", "follow",
    "inform", "listen", "look", "mention", "notice", "paid", "pay", "plan", "prepare", "proofread",
    "read", "realise", "realize", "remember", "reply", "review", "sign", "switch", "tell", "test",
    "think", "thought", "told", "update", "verify", "warn",
];

/// After "did not" these describe what a person lacked, not what they failed to do.
#[rustfmt::skip]
pub(crate) const STATE_VERBS: &[&str] = &[
    "affect", "appear", "apply", "be", "been", "exist", "get", "got", "had", "has", "have", "hear",
    "heard", "knew", "know", "known", "load", "need", "own", "receive", "saw", "see", "seen",
    "show", "want", "work",
];

/// "<person>'s mistake". Not "error" or "typo": "Stripe's error rate" is a metric.
#[rustfmt::skip]
pub(crate) const FAULT_NOUNS: &[&str] = &[
    "blunder", "fault", "mistake", "oversight", "screw-up", "screwup", "slip-up",
];

/// Names that are also ordinary words: written in lower case they are the word ("will").
#[rustfmt::skip]
pub(crate) const WORDLIKE_NAMES: &[&str] = &[
    "bill", "grace", "hope", "jack", "mark", "max", "may", "pat", "ray", "rob", "sue", "will",
];

/// "… was ignored by the night shift".
#[rustfmt::skip]
pub(crate) const PASSIVE_FAILURES: &[&str] = &[
    "botched", "broken", "forgotten", "ignored", "mishandled", "mismanaged", "missed", "neglected",
    "overlooked", "skipped",
];

// ---- labels, hindsight, judgement, condescension ----

/// Labels that end an inquiry ("human error").
#[rustfmt::skip]
pub(crate) const ERROR_LABELS: &[&str] = &[
    "fat finger", "fat fingered", "fat-finger", "fat-fingered", "fat-fingering", "human error",
    "human mistake", "operator error", "pilot error", "user error",
];

/// Words that judge a person's character.
#[rustfmt::skip]
pub(crate) const TRAIT_LABELS: &[&str] = &[
    "careless", "carelessly", "carelessness", "clumsy", "inattentive", "incompetence",
    "incompetent", "laziness", "lazy", "negligence", "negligent", "negligently",
    "not paying attention", "reckless", "recklessly", "sloppiness", "sloppy",
];

/// "lazy loading" is a technique, not a trait.
#[rustfmt::skip]
pub(crate) const LAZY_TECH: &[&str] = &[
    "evaluation", "init", "initialisation", "initialization", "load", "loaded", "loading",
];

#[rustfmt::skip]
pub(crate) const SHOULD_HAVE: &[&str] = &[
    "ought not to have", "ought to have", "should have", "should not have", "should of",
];

#[rustfmt::skip]
pub(crate) const COULD_HAVE: &[&str] = &[
    "could have", "could not have", "would have", "would not have",
];

/// After "could have (been)": the counterfactual is about stopping the incident.
#[rustfmt::skip]
pub(crate) const PREVENT_VERBS: &[&str] = &[
    "avoid", "catch", "caught", "detect", "find", "flag", "found", "highlight", "notice", "prevent",
    "reveal", "save", "saw", "see", "seen", "show", "shown", "spot", "stop",
];

#[rustfmt::skip]
pub(crate) const JUDGEMENTS: &[&str] = &[
    "a bad idea", "a big mistake", "a huge mistake", "a terrible idea", "amateurish", "bad call",
    "bad choice", "bad decision", "bad judgement", "bad judgment", "badly handled", "badly managed",
    "botch", "botched", "bungled", "drop the ball", "dropped the ball", "drops the ball",
    "handled badly", "handled poorly", "ill-advised", "ill-conceived", "inexcusable",
    "irresponsible", "is a mistake", "mishandled", "mismanaged", "poor call", "poor choice",
    "poor decision", "poor judgement", "poor judgment", "poorly handled", "poorly managed",
    "rookie mistake", "short-sighted", "shortsighted", "unacceptable", "unprofessional",
    "was a mistake", "were a mistake", "wrong call", "wrong decision",
];

#[rustfmt::skip]
pub(crate) const CONDESCENSION: &[&str] = &[
    "all he had to do", "all she had to do", "all they had to do", "all you had to do",
    "anybody could see", "anyone could see", "as everyone knows", "everybody knows",
    "everyone knows", "goes without saying", "it was obvious", "needless to say", "obvious mistake",
    "obviously", "of course",
];

/// After "clearly", these make it describe manner ("clearly labelled"), not condescend.
#[rustfmt::skip]
pub(crate) const CLEARLY_MANNER: &[&str] = &[
    "communicated", "defined", "described", "displayed", "documented", "explained", "identified",
    "indicated", "labeled", "labelled", "legible", "marked", "named", "readable", "separated",
    "shown", "stated", "visible", "worded", "written",
];

/// After "just"/"simply", verbs that make a task sound trivial.
#[rustfmt::skip]
pub(crate) const MINIMISED_ACTS: &[&str] = &[
    "add", "ask", "change", "check", "click", "copy", "do", "flip", "follow", "forgot", "ignore",
    "look", "miss", "open", "press", "read", "refresh", "reload", "restart", "run", "set", "switch",
    "toggle", "type", "update", "use", "wait",
];

// ---- opinion in facts ----

/// The writer's opinion marked as such.
#[rustfmt::skip]
pub(crate) const OPINIONS: &[&str] = &[
    "afaik", "as far as i can tell", "as far as i know", "from what i can tell", "i am not sure",
    "i assume", "i believe", "i feel", "i guess", "i reckon", "i suppose", "i suspect", "i think",
    "i would guess", "i would say", "if i remember correctly", "iirc", "imo", "in my opinion",
    "my guess", "we assume", "we believe", "we guess", "we suspect", "we think",
];

/// Uncertainty. "may" and "looks like" have guards in the rules.
#[rustfmt::skip]
pub(crate) const HEDGES: &[&str] = &[
    "allegedly", "apparently", "appeared to be", "appears to be", "could be", "could have been",
    "it appears", "it looks like", "it seems", "likely", "looked like", "looks like", "may",
    "maybe", "might", "most likely", "not sure", "perhaps", "possibly", "presumably", "probably",
    "reportedly", "seem", "seemed", "seemingly", "seems", "supposedly", "unlikely",
];

#[rustfmt::skip]
pub(crate) const VAGUE_QUANTITIES: &[&str] = &[
    "a bunch of", "a few", "a great deal", "a handful of", "a long time", "a lot", "a lot of",
    "a number of", "a ton of", "a while", "considerable", "considerably", "countless", "dozens of",
    "dramatically", "enormous", "extremely", "huge", "hugely", "hundreds of", "loads of", "lots",
    "lots of", "many", "massive", "massively", "millions of", "most", "numerous", "plenty of",
    "several", "significant", "significantly", "some", "substantial", "substantially", "tens of",
    "thousands of", "tiny", "tons of", "very",
];

/// "the very first order": emphasis, not quantity.
#[rustfmt::skip]
pub(crate) const VERY_EMPHASIS: &[&str] = &[
    "beginning", "bottom", "end", "first", "last", "moment", "next", "same", "start", "top",
];

#[rustfmt::skip]
pub(crate) const EMOTIVE: &[&str] = &[
    "angry", "appalling", "awful", "awfully", "brutal", "catastrophe", "catastrophic", "chaos",
    "chaotic", "crazy", "debacle", "disaster", "disastrous", "dreadful", "drowning", "dumb",
    "embarrassing", "embarrassment", "epic fail", "fiasco", "furious", "horrendous", "horrible",
    "horribly", "humiliating", "idiotic", "insane", "meltdown", "mess", "nightmare", "pathetic",
    "ridiculous", "shambles", "shameful", "shocking", "stupid", "stupidly", "terrible", "terribly",
    "train wreck", "trainwreck", "ugly",
];

/// Technical terms that contain an emotive word ("disaster recovery", "chaos engineering").
#[rustfmt::skip]
pub(crate) const EMOTIVE_TECH: &[&str] = &[
    "chaos engineering", "chaos experiment", "chaos monkey", "chaos testing", "disaster recovery",
    "mess up",
];

#[rustfmt::skip]
pub(crate) const EXPLANATIONS: &[&str] = &[
    "as a consequence", "as a result", "as a result of", "because", "because of", "caused",
    "caused by", "causing", "due to", "hence", "leading to", "leads to", "led to", "meant",
    "owing to", "resulted in", "resulting in", "results in", "root cause", "root-cause", "since",
    "the cause", "the reason", "therefore",
];

// ---- actions ----

/// Actions that ask people to behave better.
#[rustfmt::skip]
pub(crate) const BEHAVIOUR_FIXES: &[&str] = &[
    "be aware", "be careful", "be more attentive", "be more aware", "be more careful",
    "be more diligent", "be more vigilant", "be vigilant", "do not forget", "keep in mind",
    "more attentive", "more awareness", "more careful", "more diligent", "more vigilant",
    "never forget", "pay attention", "pay closer attention", "pay more attention", "pays attention",
    "raise awareness", "remember to", "stay alert", "stay vigilant", "take care", "take more care",
    "think twice", "try harder", "watch out",
];

/// Verbs that act on people ("remind the team to…"); "ask" and "encourage" need a clear
/// person after them ("ask Stripe to raise the limit" is a vendor request).
#[rustfmt::skip]
pub(crate) const TELL_VERBS: &[&str] = &[
    "coach", "educate", "instruct", "re-educate", "remind", "reminds", "tell", "train", "trains",
    "urge", "warn",
];
#[rustfmt::skip]
pub(crate) const ASK_VERBS: &[&str] = &["ask", "encourage"];

#[rustfmt::skip]
pub(crate) const MAKE_SURE: &[&str] = &[
    "ensure", "ensures", "make sure", "makes sure", "making sure",
];

#[rustfmt::skip]
pub(crate) const TRAINING: &[&str] = &[
    "additional training", "better training", "further training", "more training", "re-train",
    "re-trained", "re-training", "refresher course", "refresher training", "retrain", "retrained",
    "retraining", "training session", "training sessions",
];

/// Checks that depend on someone doing them.
#[rustfmt::skip]
pub(crate) const MANUAL_CHECKS: &[&str] = &[
    "check manually", "double check", "double checks", "double-check", "double-checked",
    "double-checking", "double-checks", "eyeball", "keep an eye on", "keep an eye out",
    "manually check", "manually compare", "manually confirm", "manually review", "manually verify",
    "triple-check", "verify manually", "visually check", "visually inspect",
];

/// Any of these in an action means the check is done by a machine.
#[rustfmt::skip]
pub(crate) const AUTOMATION: &[&str] = &[
    "automate", "automated", "automatic", "automatically", "bot", "ci", "lint", "linter",
    "pipeline", "script", "scripted",
];

/// Verbs with no outcome of their own.
#[rustfmt::skip]
pub(crate) const VAGUE_VERBS: &[&str] = &[
    "align", "analyse", "analyze", "assess", "be better", "better communication",
    "better monitoring", "better testing", "brainstorm", "communicate better", "consider",
    "discuss", "do better", "evaluate", "explore", "figure out", "follow up", "improve",
    "investigate", "look at", "look into", "more communication", "more monitoring", "more testing",
    "more tests", "reconsider", "research", "rethink", "review", "revisit", "sync up", "talk about",
    "think about", "try to", "understand", "work on",
];

/// Verbs whose result can be checked: an action with one of them is concrete.
#[rustfmt::skip]
pub(crate) const OUTCOME_VERBS: &[&str] = &[
    "add", "alert", "allow", "archive", "assign", "automate", "backfill", "block", "build", "cap",
    "change", "configure", "create", "decide", "default", "define", "delete", "deploy", "deprecate",
    "disable", "display", "document", "draft", "enable", "enforce", "extend", "fix", "freeze",
    "gate", "hire", "implement", "increase", "install", "introduce", "label", "limit", "link",
    "lock", "log", "lower", "merge", "migrate", "move", "notify", "page", "pin", "prevent",
    "publish", "raise", "rate-limit", "record", "reduce", "reject", "remove", "rename", "replace",
    "require", "restrict", "revert", "rotate", "run", "schedule", "send", "set", "ship", "show",
    "split", "stop", "switch", "tag", "test", "track", "turn", "update", "upgrade", "validate",
    "warn", "write",
];

/// Words before a number that make it a target ("under 300 ms").
#[rustfmt::skip]
pub(crate) const TARGET_WORDS: &[&str] = &[
    "above", "below", "least", "most", "over", "than", "to", "under", "within",
];

/// Imperatives an action may start with, beyond the outcome and vague verbs.
#[rustfmt::skip]
pub(crate) const OTHER_VERBS: &[&str] = &[
    "agree", "align", "analyse", "analyze", "announce", "apply", "ask", "assess", "audit", "avoid",
    "be", "begin", "brainstorm", "calculate", "call", "cancel", "check", "clarify", "clean",
    "close", "coach", "collect", "communicate", "compare", "confirm", "connect", "consider",
    "contact", "convert", "copy", "cover", "delegate", "design", "detect", "discuss", "do",
    "double-check", "drop", "educate", "email", "end", "ensure", "escalate", "establish",
    "evaluate", "expand", "expire", "explore", "expose", "eyeball", "fetch", "figure", "find",
    "flag", "follow", "get", "give", "go", "have", "hold", "identify", "improve", "include",
    "inform", "inspect", "integrate", "investigate", "keep", "launch", "let", "look", "make", "map",
    "mark", "measure", "monitor", "offer", "open", "organise", "organize", "own", "pair", "pay",
    "plan", "post", "prepare", "prioritise", "prioritize", "provide", "purge", "put", "rebuild",
    "reconcile", "reconsider", "refactor", "refuse", "release", "remember", "remind", "repeat",
    "report", "research", "reset", "restart", "restore", "rethink", "retrain", "retry", "return",
    "review", "revisit", "rewrite", "roll", "save", "scale", "separate", "share", "shorten",
    "simplify", "sort", "specify", "start", "stay", "store", "subscribe", "support", "sync", "take",
    "talk", "teach", "tell", "think", "trace", "train", "trigger", "try", "unblock", "unify",
    "upload", "use", "verify", "wait", "watch", "work", "wrap",
];

/// Words after which the next verb states what will happen ("the pipeline should enforce").
#[rustfmt::skip]
pub(crate) const MODALS: &[&str] = &["can", "must", "shall", "should", "to", "will"];

/// End a noun phrase when quoting an object.
#[rustfmt::skip]
pub(crate) const PREPOSITIONS: &[&str] = &[
    "about", "after", "at", "before", "by", "during", "for", "from", "in", "into", "on", "over",
    "through", "to", "under", "until", "with", "without",
];

/// End a clause when quoting the rest of it in a suggestion.
#[rustfmt::skip]
pub(crate) const CLAUSE_ENDS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "or", "since", "so", "though",
    "until", "when", "which", "while",
];

/// Words that start a rule without starting a phrase of a table: possessives, "if"/"had"
/// clauses, "without", modals in actions, "just"/"clearly"…
pub(crate) const TRIGGERS: &[&str] = &[
    "'s",
    "any",
    "anybody",
    "anyone",
    "badly",
    "clearly",
    "every",
    "everybody",
    "everyone",
    "had",
    "her",
    "his",
    "if",
    "just",
    "must",
    "obvious",
    "poorly",
    "reminder",
    "reminders",
    "should",
    "simply",
    "their",
    "to",
    "will",
    "without",
];

// ---- lookups ----

/// The phrase tables, indexed by first word: a word that starts no phrase and no rule costs
/// one lookup per check instead of one per table (most words are such words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    HumanFailures,
    FailedTo,
    Negations,
    SharedFailures,
    PassiveFailures,
    ErrorLabels,
    TraitLabels,
    ShouldHave,
    CouldHave,
    HindsightFrames,
    Judgements,
    Condescension,
    Opinions,
    Hedges,
    SureHedges,
    VagueQuantities,
    Explanations,
    EmotiveTech,
    Emotive,
    BehaviourFixes,
    Training,
    ManualChecks,
    TellVerbs,
    AskVerbs,
    MakeSure,
    VagueVerbs,
    Triggers,
}

impl Lex {
    pub(crate) const ALL: [Lex; 27] = [
        Lex::HumanFailures,
        Lex::FailedTo,
        Lex::Negations,
        Lex::SharedFailures,
        Lex::PassiveFailures,
        Lex::ErrorLabels,
        Lex::TraitLabels,
        Lex::ShouldHave,
        Lex::CouldHave,
        Lex::HindsightFrames,
        Lex::Judgements,
        Lex::Condescension,
        Lex::Opinions,
        Lex::Hedges,
        Lex::SureHedges,
        Lex::VagueQuantities,
        Lex::Explanations,
        Lex::EmotiveTech,
        Lex::Emotive,
        Lex::BehaviourFixes,
        Lex::Training,
        Lex::ManualChecks,
        Lex::TellVerbs,
        Lex::AskVerbs,
        Lex::MakeSure,
        Lex::VagueVerbs,
        Lex::Triggers,
    ];

    pub(crate) fn words(self) -> &'static [&'static str] {
        match self {
            Lex::HumanFailures => HUMAN_FAILURES,
            Lex::FailedTo => FAILED_TO,
            Lex::Negations => NEGATIONS,
            Lex::SharedFailures => SHARED_FAILURES,
            Lex::PassiveFailures => PASSIVE_FAILURES,
            Lex::ErrorLabels => ERROR_LABELS,
            Lex::TraitLabels => TRAIT_LABELS,
            Lex::ShouldHave => SHOULD_HAVE,
            Lex::CouldHave => COULD_HAVE,
            Lex::HindsightFrames => HINDSIGHT_FRAMES,
            Lex::Judgements => JUDGEMENTS,
            Lex::Condescension => CONDESCENSION,
            Lex::Opinions => OPINIONS,
            Lex::Hedges => HEDGES,
            Lex::SureHedges => SURE_HEDGES,
            Lex::VagueQuantities => VAGUE_QUANTITIES,
            Lex::Explanations => EXPLANATIONS,
            Lex::EmotiveTech => EMOTIVE_TECH,
            Lex::Emotive => EMOTIVE,
            Lex::BehaviourFixes => BEHAVIOUR_FIXES,
            Lex::Training => TRAINING,
            Lex::ManualChecks => MANUAL_CHECKS,
            Lex::TellVerbs => TELL_VERBS,
            Lex::AskVerbs => ASK_VERBS,
            Lex::MakeSure => MAKE_SURE,
            Lex::VagueVerbs => VAGUE_VERBS,
            Lex::Triggers => TRIGGERS,
        }
    }

    pub(crate) fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which tables have a phrase starting with `word` (a bit per [`Lex`]). Called for every
/// word of every check, so it is a hash lookup: one string comparison, not ten.
pub(crate) fn tables_starting_with(word: &str) -> u32 {
    let slots = first_words();
    let mask = slots.len() - 1;
    let mut slot = hash(word) as usize & mask;
    loop {
        match slots[slot] {
            Some((w, bits)) if w == word => return bits,
            Some(_) => slot = (slot + 1) & mask,
            None => return 0,
        }
    }
}

/// FNV-1a: tiny, and good enough for a few hundred short words.
fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Every table's first words with the bits of the tables they start, in an open-addressing
/// hash table at most half full (so every probe ends at an empty slot). Built once.
fn first_words() -> &'static [Option<(&'static str, u32)>] {
    static INDEX: std::sync::OnceLock<Vec<Option<(&'static str, u32)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let entries: usize = Lex::ALL.iter().map(|lex| lex.words().len()).sum();
        let mut slots = vec![None; (entries * 2).next_power_of_two()];
        let mask = slots.len() - 1;
        for lex in Lex::ALL {
            for entry in lex.words() {
                let first = entry.split(' ').next().unwrap_or(entry);
                let mut slot = hash(first) as usize & mask;
                loop {
                    match &mut slots[slot] {
                        Some((w, bits)) if *w == first => {
                            *bits |= lex.bit();
                            break;
                        }
                        Some(_) => slot = (slot + 1) & mask,
                        empty => {
                            *empty = Some((first, lex.bit()));
                            break;
                        }
                    }
                }
            }
        }
        slots
    })
}

/// Exact membership of a single word in a sorted table.
pub(crate) fn has(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// `word` is a regular form of a base in `table`: checks, checked, checking, verified,
/// skipped, escalated… (no allocation: candidates are compared as stem + ending).
pub(crate) fn inflects(table: &[&str], word: &str) -> bool {
    if has(table, word) {
        return true;
    }
    if !word.is_ascii() || word.len() < 4 {
        return false;
    }
    let base = |stem: &str, ending: &str| {
        stem.len() >= 2
            && table
                .binary_search_by(|e| e.bytes().cmp(stem.bytes().chain(ending.bytes())))
                .is_ok()
    };
    // verified → verify, applies → apply
    if let Some(stem) = word
        .strip_suffix("ied")
        .or_else(|| word.strip_suffix("ies"))
    {
        if base(stem, "y") {
            return true;
        }
    }
    ["ing", "ed", "es", "s"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            let bytes = stem.as_bytes();
            // skipped → skip: the doubled consonant (ASCII, so slicing is safe).
            let undoubled = bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
            base(stem, "") || base(stem, "e") || (undoubled && base(&stem[..stem.len() - 1], ""))
        })
    })
}
