//! Blame: failures only people commit, acts that harm, slips, framings and the words that
//! tell an act from a response to one.

/// Failures only people commit: any person-like subject makes them blame.
#[rustfmt::skip]
pub(crate) const HUMAN_FAILURES: &[&str] = &[
    "blew it", "bugger up", "buggered up", "drop the ball", "dropped the ball", "drops the ball",
    "forget", "forgets", "forgetting", "forgot", "forgotten", "fumbled", "goofed", "jump the gun",
    "jumped the gun", "lied", "made a mess", "made a mistake", "made an error", "made the mistake",
    "mess up", "messed up", "messes up", "miscalculated", "misjudge", "misjudged", "misjudges",
    "misunderstood", "neglect", "neglected", "neglects", "overestimate", "overestimated",
    "overestimates", "overlook", "overlooked", "overlooks", "screw up", "screwed up", "screws up",
    "slipped up", "underestimate", "underestimated", "underestimates",
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
    "acknowledge", "announce", "answer", "approve", "ask", "bother", "catch", "caught", "check",
    "communicate", "confirm", "consult", "coordinate", "double-check", "escalate", "follow",
    "inform", "listen", "look", "mention", "notice", "paid", "pay", "plan", "prepare", "proofread",
    "read", "realise", "realize", "remember", "reply", "review", "sign", "switch", "tell", "test",
    "think", "thought", "told", "update", "verify", "warn",
];

/// What an organisation owes its customers or a regulator: "TalkTalk failed to comply",
/// "the bank did not disclose the fees", "the HSE failed to respond to the alerts". Failing
/// them blames whoever is the subject, a company's name ("TSB", "Southern Water") as much as
/// a person: a system is not said to fail these. ("Take" counts only with "action", "steps"
/// or "measures" after it: "the pod did not take the new config" is a system.)
#[rustfmt::skip]
pub(crate) const DUTIES: &[&str] = &[
    "comply", "disclose", "take", "undertake",
];

/// What "did not take" an organisation's duty takes.
#[rustfmt::skip]
pub(crate) const DUTY_OBJECTS: &[&str] = &[
    "action", "actions", "measures", "precautions", "steps",
];

/// After "did not" these describe what a person lacked, not what they failed to do.
#[rustfmt::skip]
pub(crate) const STATE_VERBS: &[&str] = &[
    "affect", "appear", "apply", "be", "been", "exist", "experience", "find", "get", "got", "had",
    "has", "have", "hear", "heard", "knew", "know", "known", "like", "load", "lose", "lost", "need",
    "own", "receive", "saw", "see", "seen", "show", "suffer", "want", "wish", "work",
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
    "overlooked", "skipped", "unnoticed",
];

/// Words that say a person's act went wrong: with a person as its subject ("we mistakenly
/// sent", "Paladox deleted the wrong database", "I pushed X instead of Y") the sentence blames.
/// Phrases are indexed by their rare word ("wrong", not "the"), so that common words start
/// no check; the rule reads the word before ("the wrong", "by mistake", "in error").
#[rustfmt::skip]
pub(crate) const ACCIDENTS: &[&str] = &[
    "accident", "accidental", "accidentally", "accidently", "bad", "buggy", "erroneously", "error",
    "faulty", "inadvertantly", "inadvertent", "inadvertently", "incorrectly", "instead", "mistake",
    "mistakenly", "somehow", "stupidly", "unintended", "unintentional", "unintentionally",
    "unreviewed", "untested", "wrong", "wrongly",
];

/// Sentences that put the failure on someone without a failure verb.
#[rustfmt::skip]
pub(crate) const BLAME_FRAMES: &[&str] = &[
    "accept complete responsibility", "accept full responsibility", "accept responsibility",
    "allowed it to happen", "allowed this to happen", "allowing it to happen",
    "allowing this to happen", "apologies for not", "apologise for not", "apologize for not",
    "apology for not", "bear full responsibility", "bear responsibility", "bear the blame",
    "bear the responsibility", "bears responsibility", "boiled down to", "boils down to",
    "came down to", "comes down to", "did not bother", "did we bother", "error on my part",
    "error on our part", "feel responsible", "inexperience on my part", "inexperience on our part",
    "instructions were not followed", "it all comes down to", "it was my call", "it was our call",
    "letting our customers down", "letting them down", "letting you down", "made it worse",
    "made things worse", "misconfiguration on our part", "mistake on my part",
    "mistake on our part", "my failure to", "my inability to", "no one bothered", "no one cared",
    "no one checked", "no one noticed", "no one was paying attention", "nobody bothered",
    "nobody cared", "nobody checked", "nobody noticed", "nobody was paying attention",
    "nothing was done", "our failure to", "our inability to", "oversight on my part",
    "oversight on our part", "part of the blame", "personally responsible",
    "procedure was not followed", "procedures were not followed", "process was not followed",
    "responsibility is mine", "responsibility is ours", "runbook was not followed",
    "self-inflicted", "solely responsible", "sorry for not", "steps were not followed",
    "take complete responsibility", "take full responsibility", "take responsibility",
    "this is my responsibility", "this is our responsibility", "this was my responsibility",
    "this was our responsibility", "ultimately responsible", "we never bothered",
];

/// What "we are responsible for …" owns when it owns a failure, not a duty: "this", "any of
/// the failures", "the shutdown".
#[rustfmt::skip]
pub(crate) const OWNED_HARMS: &[&str] = &[
    "all", "any", "breach", "delay", "delays", "disruption", "downtime", "error", "errors",
    "everything", "failure", "failures", "incident", "it", "mistake", "mistakes", "outage",
    "outages", "shutdown", "that", "this", "what",
];

/// Acts that harm the system by themselves: with a person as the subject they blame ("the
/// agency took the store down", "we brought down the site", "she let the domain lapse").
/// Each is the verb; the rules look for its particle ("down", "lapse") a few words on.
#[rustfmt::skip]
pub(crate) const HARM_VERBS: &[&str] = &[
    "bring", "brings", "brought", "knock", "knocked", "let", "lets", "take", "takes", "taking",
    "took",
];

/// Words that say taking a service down was meant: "actively", "decided", "deliberately".
#[rustfmt::skip]
pub(crate) const DELIBERATE_WORDS: &[&str] = &[
    "actively", "decided", "deliberately", "intentionally", "precautionary", "proactively",
];

/// "… to protect other services", "… to minimise impact": a purpose that makes taking a
/// service down a step of the response.
#[rustfmt::skip]
pub(crate) const PROTECTIVE_VERBS: &[&str] = &[
    "avoid", "contain", "limit", "minimise", "minimize", "prevent", "protect", "reduce",
];

/// Verbs that destroy: harmful when their object is live ("deleted the production database").
#[rustfmt::skip]
pub(crate) const DESTROY_VERBS: &[&str] = &[
    "delete", "deleted", "deletes", "drop", "dropped", "drops", "overwrite", "overwrites",
    "overwritten", "overwrote", "truncate", "truncated", "wipe", "wiped", "wipes",
];

/// Irregular past forms of acts that can cause a failure ("took", "sent", "set").
#[rustfmt::skip]
pub(crate) const IRREGULAR_ACTS: &[&str] = &[
    "broke", "built", "chose", "cut", "drew", "drove", "forgot", "gave", "hid", "let", "lost",
    "made", "misread", "mistook", "overrode", "overwrote", "put", "ran", "rewrote", "sent", "set",
    "shut", "sold", "spent", "threw", "told", "took", "undid", "wrote",
];

/// Acts of noticing, responding and repairing (base forms): a person who did these is part of
/// the response, not its cause ("we rolled back", "she escalated").
#[rustfmt::skip]
pub(crate) const RESPONSE_ACTS: &[&str] = &[
    "acknowledge", "advise", "alert", "announce", "apologise", "apologize", "attempt", "call",
    "communicate", "conclude", "confirm", "contact", "continue", "detect", "determine", "diagnose",
    "discover", "encounter", "escalate", "establish", "experience", "explain", "face", "fix",
    "identify", "inform", "investigate", "join", "learn", "manage", "mitigate", "monitor", "need",
    "notice", "notify", "observe", "page", "post", "realise", "realize", "receive", "recover",
    "reply", "report", "request", "resolve", "respond", "restart", "restore", "revert", "roll",
    "spot", "suspect", "try", "verify", "wait", "want", "watch", "work",
];

/// Irregular past forms of finding, knowing and having: not acts that cause a failure.
#[rustfmt::skip]
pub(crate) const RESPONSE_PASTS: &[&str] = &[
    "came", "did", "felt", "found", "got", "had", "heard", "held", "kept", "knew", "led", "met",
    "saw", "understood", "went",
];

/// Feelings and beliefs: "I liked the redundancy", "the team believed it was ready" say
/// what someone felt or held true, not what they did.
#[rustfmt::skip]
pub(crate) const FEELINGS: &[&str] = &["believe", "enjoy", "expect", "hope", "like", "love", "prefer"];

/// Checks a person can skip: "pushed the change without a review".
#[rustfmt::skip]
pub(crate) const CHECK_NOUNS: &[&str] = &[
    "backup", "canary", "check", "review", "rollback", "second", "sign-off", "test", "warning",
];

/// "accidental", "unintended": with no person, a label where the cause should be.
#[rustfmt::skip]
pub(crate) const INTENT_ADJECTIVES: &[&str] = &[
    "accidental", "inadvertent", "unintended", "unintentional",
];

/// What a system has unintentionally ("unintended consequences"): no one's slip.
#[rustfmt::skip]
pub(crate) const SYSTEM_EFFECTS: &[&str] = &[
    "behavior", "behaviour", "consequence", "consequences", "effect", "effects", "interaction",
    "interactions", "result", "results", "side", "way",
];

/// "It would have been useful to …": hindsight with no person in it.
#[rustfmt::skip]
pub(crate) const HINDSIGHT_VERDICTS: &[&str] = &[
    "beneficial", "better", "critical", "done", "faster", "good", "handled", "helpful",
    "invaluable", "nice", "preferable", "prudent", "quicker", "smart", "smarter", "smoother",
    "sooner", "useful", "valuable", "wise", "wiser",
];

/// Verbs that change a scale: in an action they need a target ("increase coverage" is a
/// wish, "increase coverage to every checkout path" is not).
#[rustfmt::skip]
pub(crate) const SCALE_VERBS: &[&str] = &[
    "broaden", "decrease", "expand", "extend", "increase", "reduce",
];

/// Qualities a change of scale may name without a target ("increase the coverage").
#[rustfmt::skip]
pub(crate) const QUALITIES: &[&str] = &[
    "chance", "complexity", "coverage", "dependencies", "exposure", "impact", "interdependencies",
    "likelihood", "observability", "redundancy", "reliability", "resilience", "risk", "robustness",
    "stability", "visibility",
];

/// What a person can ship that is faulty in itself: "deployed a buggy refactor".
#[rustfmt::skip]
pub(crate) const FAULTY: &[&str] = &["bad", "buggy", "faulty", "unreviewed", "untested"];

/// An action named by its improvement ("Improved monitoring", "Better alerting").
#[rustfmt::skip]
pub(crate) const IMPROVEMENTS: &[&str] = &[
    "better", "enhanced", "enhancing", "further", "improved", "improving", "increased", "more",
    "strengthening", "stronger",
];

/// Before "to": what is meant to be done ("we need to reduce …"), not a purpose.
#[rustfmt::skip]
pub(crate) const INTENTIONS: &[&str] = &[
    "aim", "going", "has", "have", "need", "needs", "plan", "pledge", "promise", "vow", "want",
    "will",
];

/// Words that make a group of people a crowd of users ("a lot more people logged on").
#[rustfmt::skip]
pub(crate) const CROWDS: &[&str] = &["all", "few", "fewer", "lot", "many", "more", "most"];

/// The people an incident affects: "users would have seen an error page" tells the impact.
#[rustfmt::skip]
pub(crate) const AFFECTED_PEOPLE: &[&str] = &[
    "buyers", "clients", "customers", "members", "merchants", "players", "shoppers",
    "subscribers", "users", "visitors", "you",
];

/// Modals and wishes: a person before them is not the actor of what follows.
#[rustfmt::skip]
pub(crate) const WISH_VERBS: &[&str] = &["could", "need", "needs", "want", "wants", "would"];

/// With no person named, these label the event instead of explaining it ("an accidental
/// release", "deleted by mistake").
#[rustfmt::skip]
pub(crate) const LABEL_WORDS: &[&str] = &[
    "accident", "accidental", "accidentally", "accidently", "error", "inadvertantly", "inadvertent",
    "inadvertently", "mistake", "mistakenly", "unintended", "unintentional", "unintentionally",
];

/// Before a label, these make the error a risk guarded against, not the explanation:
/// "protection against human error", "to remove the risk of accidental deletion".
#[rustfmt::skip]
pub(crate) const GUARDS: &[&str] = &[
    "against", "avoid", "avoiding", "case", "chance", "difficult", "guard", "harder", "impossible",
    "prevent", "preventing", "prevents", "prone", "protect", "protection", "reduce", "risk",
    "risks",
];

/// Words after which a clause starts with its subject ("…, and the agency sent …").
#[rustfmt::skip]
pub(crate) const CLAUSE_OPENERS: &[&str] = &["and", "because", "but", "or", "so", "that", "then"];

/// Walking back from a slip to its actor, these end the search: a clause of its own ("that",
/// "if") or the verb "was" of another subject.
#[rustfmt::skip]
pub(crate) const ACTOR_STOPS: &[&str] = &["are", "if", "is", "that", "was", "were"];

/// Of the verbs of prevention, those of seeing: "may have seen errors" guesses, it does not
/// judge in hindsight.
#[rustfmt::skip]
pub(crate) const PERCEIVE_VERBS: &[&str] = &[
    "find", "found", "notice", "save", "saw", "see", "seen", "show", "shown",
];

/// What makes a destroyed object live.
#[rustfmt::skip]
pub(crate) const LIVE_WORDS: &[&str] = &["customer", "customers", "live", "prod", "production"];

/// What a person "introduced" that blames them.
#[rustfmt::skip]
pub(crate) const BUG_NOUNS: &[&str] = &[
    "bug", "bugs", "error", "errors", "regression", "syntax", "typo", "typos",
];

/// Past participles of changes: "the change was made by …", "pushed by someone from …".
#[rustfmt::skip]
pub(crate) const CHANGE_PARTICIPLES: &[&str] = &[
    "applied", "approved", "cancelled", "caused", "changed", "configured", "deactivated", "deleted",
    "deployed", "disabled", "dropped", "edited", "entered", "introduced", "made", "merged",
    "misconfigured", "modified", "muted", "overwritten", "pushed", "removed", "scheduled", "sent",
    "shipped", "silenced", "triggered", "typed", "uploaded", "written",
];

/// Subjects of a passive that describe the repair, not the failure ("the fix was deployed by
/// the on-call").
#[rustfmt::skip]
pub(crate) const REPAIR_NOUNS: &[&str] = &[
    "backup", "fix", "fixes", "hotfix", "mitigation", "patch", "restore", "revert", "rollback",
    "workaround",
];
