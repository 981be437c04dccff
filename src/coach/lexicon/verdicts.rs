//! Verdicts: error labels, traits, hindsight, judgement and condescension.

/// Labels that end an inquiry ("human error").
#[rustfmt::skip]
pub(crate) const ERROR_LABELS: &[&str] = &[
    "administrative error", "administrative errors", "am human", "an oversight", "clerical error",
    "clerical errors", "error was made", "errors were made", "failure to follow", "fat finger",
    "fat fingered", "fat-finger", "fat-fingered", "fat-fingering", "genuine error",
    "genuine mistake", "honest mistake", "honest oversight", "human error", "human errors",
    "human mistake", "human nature", "human process error", "internal oversight", "make mistakes",
    "makes mistakes", "minor oversight", "mistake was made", "mistakes were made", "only human",
    "operational error", "operational errors", "operator error", "operator errors", "pilot error",
    "procedural error", "procedural errors", "silly mistake", "simple error", "simple mistake",
    "simple oversight", "slight oversight", "small oversight", "stupid mistake",
    "typographical error", "user error", "user errors",
];

/// Words that judge a person's character.
#[rustfmt::skip]
pub(crate) const TRAIT_LABELS: &[&str] = &[
    "careless", "carelessly", "carelessness", "clueless", "clumsy", "dumb mistake", "had no clue",
    "idiot", "idiots", "ignorance", "inattentive", "incompetence", "incompetent", "laziness",
    "lazy", "moron", "negligence", "negligent", "negligently", "no clue", "not competent",
    "not paying attention", "reckless", "recklessly", "sloppiness", "sloppy",
];

/// After "poor", the work of people that a cause judges instead of describing: "poor
/// communication", "poor error logging". ("poor connectivity", "a poor query plan" describe
/// a system.)
#[rustfmt::skip]
pub(crate) const POOR_WORK: &[&str] = &[
    "choice", "choices", "communication", "coordination", "decision", "decisions",
    "documentation", "execution", "handling", "judgement", "judgements", "judgment", "judgments",
    "logging", "management", "monitoring", "oversight", "planning", "practice", "practices",
    "preparation", "telemetry", "testing", "visibility",
];

/// After "too", words of timing and setting that judge ("set too loose", "escalated too late").
#[rustfmt::skip]
pub(crate) const TOO_VERDICTS: &[&str] = &[
    "aggresively", "aggressive", "aggressively", "complex", "early", "fast", "heavily", "high",
    "late", "lax", "long", "loose", "low", "quickly", "risky", "slow", "slowly", "soon", "tight",
];

/// Stems of verbs of handling: "handled those timeouts poorly".
#[rustfmt::skip]
pub(crate) const HANDLING_STEMS: &[&str] = &[
    "communicat", "handl", "manag", "plann", "prepar",
];

/// "lazy loading" is a technique, not a trait.
#[rustfmt::skip]
pub(crate) const LAZY_TECH: &[&str] = &[
    "evaluation", "init", "initialisation", "initialization", "load", "loaded", "loading",
];

#[rustfmt::skip]
pub(crate) const SHOULD_HAVE: &[&str] = &[
    "ought not to have", "ought to have", "should have", "should never have", "should not have",
    "should of",
];

#[rustfmt::skip]
pub(crate) const COULD_HAVE: &[&str] = &[
    "could have", "could not have", "would have", "would not have",
];

/// After "could have (been)": the counterfactual is about stopping the incident.
#[rustfmt::skip]
pub(crate) const PREVENT_VERBS: &[&str] = &[
    "avert", "avoid", "avoidable", "catch", "caught", "detect", "discover", "find", "fix", "flag",
    "found", "help", "highlight", "limit", "mitigate", "notice", "prevent", "preventable", "reveal",
    "save", "saw", "see", "seen", "shorten", "show", "shown", "spot", "stop",
];

#[rustfmt::skip]
pub(crate) const JUDGEMENTS: &[&str] = &[
    "a bad idea", "a big error", "a big mistake", "a bit much", "a huge mistake", "a joke",
    "a terrible idea", "amateurish", "another mistake", "bad call", "bad choice", "bad decision",
    "bad idea", "bad judgement", "bad judgment", "bad practices", "badly handled", "badly managed",
    "big oversight", "biggest mistake", "blunder", "botch", "botched", "bungled", "careful enough",
    "cautious enough", "cut a few corners", "cut corners", "cut some corners", "cutting corners",
    "diligent enough", "disorganised", "disorganized", "drop the ball", "dropped the ball",
    "drops the ball", "dumb", "errors of judgement", "errors of judgment", "failure in execution",
    "failure of execution", "failures in execution", "fallen below", "fallen far short",
    "fallen short", "fallen significantly short", "fallen very short", "fallen well short",
    "falls far short", "falls short", "falls well short", "far from resilient", "far too long",
    "fast enough", "fell below", "fell far below", "fell far short", "fell short",
    "fell significantly short", "fell very short", "fell well below", "fell well short",
    "first mistake", "fundamental oversight", "handled badly", "handled poorly", "hardly an ideal",
    "huge oversight", "i was wrong", "ill-advised", "ill-conceived", "ill-prepared", "inadequate",
    "inadequately", "inadvisable", "inexcusable", "insufficient oversight", "irresponsible",
    "is a mistake", "lack of care", "lack of oversight", "lax about", "lax in", "less than ideal",
    "less than optimal", "less than stellar", "less-than-ideal", "less-than-optimal",
    "less-than-stellar", "longer than", "major oversight", "mishandled", "mismanaged", "misstep",
    "much too long", "naive", "naively", "no regard", "no thought", "no-no", "non-optimal",
    "not acceptable", "not adequate", "not adequately", "not an adequate", "not an ideal",
    "not been adequate", "not enough oversight", "not good enough", "not great",
    "not have adequate", "not ideal", "not our finest hour", "not prepared",
    "not properly prepared", "not receive adequate", "not resilient enough", "not robust enough",
    "not so good", "not sufficiently", "not to our standards", "not up to our own standards",
    "not up to our standards", "not up to par", "not up to standard", "over eager", "over-eager",
    "overeager", "overly optimistic", "poor call", "poor choice", "poor decision", "poor judgement",
    "poor judgements", "poor judgment", "poor judgments", "poorly handled", "poorly managed",
    "poorly-worded", "presumptuous", "quickly enough", "regret not", "rigorous enough",
    "rookie mistake", "second mistake", "shameless", "short-sighted", "shortsighted", "soon enough",
    "stupidity", "sub-optimal", "suboptimal", "than ideal", "thorough enough", "too optimistic",
    "took too long", "unacceptable", "unacceptably", "underestimate", "underestimated",
    "underestimating", "underestimation", "unprepared", "unprofessional", "unreasonable",
    "unreasonably", "vigilant enough", "was a mistake", "was avoidable", "was dumb", "was poor",
    "was too low", "was too slow", "we were wrong", "were a mistake", "were avoidable", "were poor",
    "woefully", "worst mistake", "wrong call", "wrong decision", "wrong decisions",
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
    "show", "showed", "shown", "shows", "state", "stated", "states", "visible", "worded", "written",
];

/// After "just"/"simply", verbs that make a task sound trivial.
#[rustfmt::skip]
pub(crate) const MINIMISED_ACTS: &[&str] = &[
    "add", "ask", "change", "check", "click", "copy", "do", "flip", "follow", "forgot", "ignore",
    "look", "miss", "open", "press", "read", "refresh", "reload", "restart", "run", "set", "switch",
    "toggle", "type", "update", "use", "wait",
];
