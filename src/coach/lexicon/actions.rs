//! Actions: fixes aimed at people, markers of vagueness, verbs with a checkable result, and
//! the grammar words the action rules read.

/// Actions that ask people to behave better.
#[rustfmt::skip]
pub(crate) const BEHAVIOUR_FIXES: &[&str] = &[
    "always make sure", "be alert", "be aware", "be careful", "be cautious", "be extra careful",
    "be extra cautious", "be extra vigilant", "be mindful", "be more attentive", "be more aware",
    "be more careful", "be more cautious", "be more diligent", "be more explicit",
    "be more rigorous", "be more thorough", "be more vigilant", "be on guard", "be on the lookout",
    "be vigilant", "be wary", "cyber hygiene", "discourage", "do not forget",
    "emphasise the importance", "emphasize the importance", "formal warning",
    "helping them through", "improvement plan", "keep calm", "keep in mind", "man up",
    "more attentive", "more awareness", "more careful", "more cautious", "more diligent",
    "more disciplined", "more empathy", "more explicit", "more focus", "more mindful",
    "more rigorous", "more thorough", "more vigilant", "never forget", "pay attention",
    "pay closer attention", "pay more attention", "pays attention", "performance improvement plan",
    "put more effort", "put more efforts", "raise awareness", "remain alert", "remain calm",
    "remain vigilant", "remember to", "revoke their access", "security awareness", "stay alert",
    "stay calm", "stay on guard", "stay vigilant", "take away their access", "take care",
    "take more care", "tell people to stop", "think twice", "try harder", "watch out",
    "with that particular employee", "with the employees involved",
    "with the individuals involved", "with the people involved",
    "with the person involved", "with the staff concerned", "with the staff involved",
    "with the team members involved", "with those involved", "write her up",
    "write him up", "write them up", "written warning",
];

/// Verbs that act on people ("remind the team to…"); "ask" and "encourage" need a clear
/// person after them ("ask Stripe to raise the limit" is a vendor request).
#[rustfmt::skip]
pub(crate) const TELL_VERBS: &[&str] = &[
    "advise", "advised", "coach", "counsel", "discipline", "educate", "instruct", "re-educate",
    "remind", "reminded", "reminds", "speak", "spoke", "spoken", "talk", "talked", "tell", "train",
    "trains", "urge", "warn",
];
#[rustfmt::skip]
pub(crate) const ASK_VERBS: &[&str] = &["ask", "encourage"];

#[rustfmt::skip]
pub(crate) const MAKE_SURE: &[&str] = &[
    "ensure", "ensures", "make sure", "makes sure", "making sure",
];

#[rustfmt::skip]
pub(crate) const TRAINING: &[&str] = &[
    "additional training", "annual training", "better training", "conduct training",
    "further training", "immediate training", "mandatory training", "more training",
    "operator training", "re-train", "re-trained", "re-training", "refresher course",
    "refresher training", "retrain", "retrained", "retraining", "team training", "training session",
    "training sessions", "training was provided", "training will be provided", "upskill",
];

/// After "Never" or "Don't" opening an action, acts that ask people to take care ("Don't push
/// code late at night"), beside [`HUMAN_ACTS`].
#[rustfmt::skip]
pub(crate) const CARELESS_ACTS: &[&str] = &[
    "assume", "bundle", "kill", "make", "merge", "operate", "push", "reuse", "rush", "skip",
    "trust",
];

/// Opening an action, verbs that ask for a frame of mind ("Trust your team", "Know how to
/// renew certificates"): nothing in the system changes.
#[rustfmt::skip]
pub(crate) const MINDSET_VERBS: &[&str] = &["believe", "know", "think", "trust"];

/// After one of [`MINDSET_VERBS`], the words such advice goes on with ("Trust your team",
/// "Believe in yourself", "Think twice before …").
#[rustfmt::skip]
pub(crate) const MINDSET_OBJECTS: &[&str] = &[
    "ahead", "all", "how", "in", "positively", "twice", "your", "yourself", "yourselves",
];

/// After "to", verbs that say what a change is for ("… to ensure an engineer is paged"),
/// beside [`OUTCOME_VERBS`] and [`OBSERVE_VERBS`].
#[rustfmt::skip]
pub(crate) const PURPOSE_VERBS: &[&str] = &[
    "allow", "avoid", "ensure", "give", "help", "keep", "let", "make", "minimise", "minimize",
    "mitigate", "protect", "support",
];

/// Checks that depend on someone doing them.
#[rustfmt::skip]
pub(crate) const MANUAL_CHECKS: &[&str] = &[
    "check manually", "double check", "double checks", "double-check", "double-checked",
    "double-checking", "double-checks", "eyeball", "keep an eye on", "keep an eye out",
    "manually check", "manually compare", "manually confirm", "manually review", "manually verify",
    "triple-check", "verify manually", "visually check", "visually inspect",
];

/// A manual check written into one of these is a step of the system, run from the page by
/// whoever holds it, not someone's memory: "Add a double-check of every tool's time zone to
/// the launch checklist" is the kind of change the playbook exists for.
#[rustfmt::skip]
pub(crate) const WRITTEN_PROCEDURES: &[&str] = &[
    "checklist", "checklists", "playbook", "playbooks", "runbook", "runbooks",
];

/// Any of these in an action means the check is done by a machine.
#[rustfmt::skip]
pub(crate) const AUTOMATION: &[&str] = &[
    "automate", "automated", "automatic", "automatically", "automation", "bot", "ci", "lint",
    "linter", "pipeline", "script", "scripted",
];

/// Verbs with no outcome of their own.
#[rustfmt::skip]
pub(crate) const VAGUE_VERBS: &[&str] = &[
    "a number of", "accordingly", "additional checks", "additional measures",
    "additional safeguards", "agree on", "align", "all we can", "analyse", "analyze",
    "appropriate action", "appropriate actions", "appropriate steps", "appropriately",
    "arise again", "as appropriate", "as needed", "as possible", "assess", "at full speed",
    "augment", "be better", "better communication", "better monitoring", "better testing",
    "bolster", "brainstorm", "clean up", "commit to", "committed to", "communicate better",
    "comprehensive assessment", "comprehensive review", "consider", "corrective actions",
    "decide how", "determine how", "discuss", "do better", "do everything", "do our best",
    "do what we can", "endeavour", "enhance", "enhancements", "evaluate", "every effort",
    "every possible effort", "everything possible", "everything we can", "explore", "figure out",
    "find a way", "find out how", "fine tune", "fine-tune", "follow up", "fortify", "full review",
    "going forward", "going forwards", "guardrails", "happen again", "happening again",
    "happens again", "harden", "heightened vigilance", "identify how", "improve", "improvements",
    "in future", "in the future", "invest in", "investigate", "keep a close eye", "learn from",
    "look at", "look for opportunities", "look into", "looking into", "make improvements",
    "make it right", "make things right", "maximum possible effort", "measures",
    "mitigating actions", "mitigation actions", "mitigatory actions", "more communication",
    "more documentation", "more effort", "more efforts", "more monitoring", "more testing",
    "more tests", "necessary measures", "necessary steps", "occur again", "opportunities to",
    "optimisation", "optimise", "optimization", "optimize", "overhaul", "proactive", "progress",
    "put it right", "put things right", "reconsider", "recur", "recurrence", "refine", "reinforce",
    "remedial actions", "remedial steps", "research", "rethink", "revamp", "review", "revisit",
    "rework", "safeguards", "seriously", "sharpen", "spare no effort", "strengthen", "strive",
    "sync up", "take measures", "take steps", "taken many steps", "taken measures", "taken steps",
    "taking many steps", "taking measures", "taking several steps", "taking steps", "talk about",
    "think about", "think again", "took measures", "took steps", "try to", "under close scrutiny",
    "understand", "update accordingly", "work on", "work on a solution", "work out how",
    "work tirelessly", "working extremely hard", "working flat out", "working hard",
    "working non-stop", "working on a solution",
];

/// What "address …" takes when it names the problem, not a change: "address the root causes",
/// "address the recommendations in the report".
#[rustfmt::skip]
pub(crate) const ADDRESSED: &[&str] = &[
    "cause", "causes", "concerns", "faults", "findings", "gaps", "issue", "issues", "problem",
    "problems", "recommendations", "shortcomings", "weaknesses",
];

/// "Address these.", "address them": the problem again, as a pronoun ending the clause.
#[rustfmt::skip]
pub(crate) const ADDRESSED_PRONOUNS: &[&str] = &["it", "them", "these", "this", "those"];

/// Words between "address" and what it addresses: "address all the remaining issues".
#[rustfmt::skip]
pub(crate) const ADDRESSED_SKIP: &[&str] = &[
    "all", "any", "identified", "its", "key", "other", "our", "outstanding", "remaining", "root",
    "several", "such", "the", "their", "these", "those", "underlying",
];

/// Markers of vagueness that say what a change is hoped to achieve, not what it is: beside a
/// concrete change they are its purpose ("add a lock so this never happens again").
#[rustfmt::skip]
pub(crate) const HOPES: &[&str] = &[
    "accordingly", "arise again", "as possible", "going forward", "going forwards",
    "happen again", "happening again", "happens again", "in future", "in the future",
    "occur again", "proactive", "recur", "recurrence", "seriously",
];

/// Verbs whose result can be checked: an action with one of them is concrete.
#[rustfmt::skip]
pub(crate) const OUTCOME_VERBS: &[&str] = &[
    "add", "alert", "allow", "archive", "assign", "automate", "back", "backfill", "backup", "batch",
    "block", "build", "cap", "change", "codify", "configure", "contact", "create", "decide",
    "decommission", "default", "define", "delete", "deploy", "deprecate", "disable", "discard",
    "display", "divide", "document", "draft", "eliminate", "enable", "encrypt", "enforce", "extend",
    "fix", "freeze", "gate", "hire", "implement", "incorporate", "increase", "install",
    "instrument", "introduce", "invalidate", "label", "limit", "link", "lock", "log", "lower",
    "mandate", "merge", "migrate", "move", "notify", "page", "pin", "prevent", "publish", "raise",
    "rate-limit", "record", "reduce", "refund", "reject", "release", "remove", "rename", "replace",
    "replay", "require", "restrict", "retire", "revert", "rotate", "run", "schedule", "send", "set",
    "ship", "show", "split", "stagger", "stop", "switch", "tag", "test", "throttle", "track",
    "turn", "update", "upgrade", "validate", "warn", "write",
];

/// Objects that name no particular change: "fixed the issue", "implemented a number of
/// changes", "improved our safeguards". An outcome verb with one of these as the head of its
/// object promises nothing checkable.
#[rustfmt::skip]
pub(crate) const GENERIC_OBJECTS: &[&str] = &[
    "accordingly", "actions", "adjustments", "again", "bug", "chance", "chances", "changes",
    "effort", "efforts", "enhancements", "error", "errors", "everything", "future", "guardrails",
    "happening", "improvement", "improvements", "incident", "incidents", "issue", "issues", "it",
    "likelihood", "measures", "mistakes", "number", "occurrence", "occurrences", "options",
    "outage", "outages", "practices", "problem", "problems", "processes", "progress", "recurrence",
    "reliability", "remediation", "resilience", "review", "reviewing", "risk", "safeguards",
    "scenarios", "situation", "solution", "solutions", "steps", "strategies", "that", "them",
    "these", "things", "this", "those", "updates", "what", "work",
];

/// Words that turn the verb after them into a wish: "find a way to prevent", "try to
/// reduce", "considering to restart".
#[rustfmt::skip]
pub(crate) const WISHES: &[&str] = &[
    "aim", "committed", "consider", "considering", "endeavour", "explore", "exploring", "hope",
    "how", "intend", "intends", "possibility", "strive", "striving", "try", "trying", "way", "ways",
    "whether",
];

/// After "to", verbs that name what an improvement lets someone observe: "improve logging
/// to check for anomalies in the rate of tokenised cards" is checkable.
#[rustfmt::skip]
pub(crate) const OBSERVE_VERBS: &[&str] = &[
    "catch", "check", "detect", "know", "see", "show", "spot", "tell",
];

/// What an action may add more of without saying how much or where: "additional alerts",
/// "more monitoring and alerting".
#[rustfmt::skip]
pub(crate) const CATEGORIES: &[&str] = &[
    "alarms", "alerting", "alerts", "capacity", "checks", "documentation", "logging", "metrics",
    "monitoring", "observability", "resources", "safeguards", "testing", "tests", "validation",
    "validations", "visibility",
];

/// After "additional alerts", words that say which or where: "… for failed payments", "…
/// around the retry loop", "… to the signup form".
#[rustfmt::skip]
pub(crate) const QUALIFIERS: &[&str] = &[
    "above", "across", "after", "around", "at", "before", "below", "between", "covering", "during",
    "for", "in", "into", "of", "on", "that", "to", "when", "which", "with",
];

/// Nouns that name a change without saying which: "improvements to the tooling", "changes to
/// the policy".
#[rustfmt::skip]
pub(crate) const CHANGE_NOUNS: &[&str] = &[
    "adjustments", "changes", "enhancements", "improvements", "tweaks", "updates",
];

/// Quantifiers that leave an object unspecified: "more documentation", "additional steps".
#[rustfmt::skip]
pub(crate) const UNSPECIFIED: &[&str] = &[
    "additional", "advanced", "better", "clearer", "deeper", "enhanced", "extra", "faster",
    "further", "improved", "more", "proper", "safer", "simpler", "smarter", "some", "stricter",
    "stronger", "tighter", "various",
];

/// Forms of "be" and "have" that start a verb group.
#[rustfmt::skip]
pub(crate) const AUXILIARIES: &[&str] = &[
    "am", "are", "be", "been", "had", "has", "have", "is", "was", "were",
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
    "about", "after", "around", "at", "before", "by", "during", "for", "from", "in", "into", "on",
    "over", "through", "to", "under", "until", "with", "without",
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
    "blame",
    "by",
    "clearly",
    "down",
    "every",
    "everybody",
    "everyone",
    "fault",
    "had",
    "her",
    "his",
    "if",
    "introduce",
    "introduced",
    "introduces",
    "it",
    "just",
    "lay",
    "lies",
    "make",
    "must",
    "obvious",
    "on",
    "poor",
    "poorly",
    "reminder",
    "reminders",
    "responsible",
    "rests",
    "should",
    "simply",
    "their",
    "to",
    "too",
    "training",
    "will",
    "without",
];
