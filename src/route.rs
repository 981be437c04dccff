//! Where the user is, as a URL hash (`#/`, `#/pm/<id>/<step>`, `#/playbook`,
//! `#/playbook/<checklist>`, `#/playbook/<checklist>/run/<run>`, `#/shared/1/<data>`): hash
//! routes work on any
//! static host and under any sub-path, and survive a reload. Pure, tested natively.

use crate::domain::{PostmortemId, Step};
use crate::playbook::Uid;

/// A place in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The list of post-mortems.
    Home,
    /// One post-mortem, at a step (or the step it was left on).
    Editor {
        /// Which post-mortem.
        id: PostmortemId,
        /// Which step; `None` resumes where the user left off.
        step: Option<Step>,
    },
    /// The playbook: every checklist.
    Playbook,
    /// One checklist.
    Checklist(Uid),
    /// A post-mortem carried in the address (see `crate::share`), shown before anything
    /// is saved.
    Shared {
        /// The link format's version.
        version: String,
        /// The encoded post-mortem (validated when the page reads it).
        data: String,
    },
    /// One run of a checklist.
    Run {
        /// The checklist.
        checklist: Uid,
        /// The run.
        run: Uid,
    },
}

impl Route {
    /// Reads a `location.hash` value (with or without the leading `#`). Anything unknown is Home.
    pub fn parse(hash: &str) -> Self {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        // A share link's data is read whole, whatever it holds: a damaged link must reach
        // the page that says what is wrong with it, not fall back home in silence.
        if let Some(rest) = path.strip_prefix("shared/") {
            let (version, data) = rest.split_once('/').unwrap_or((rest, ""));
            return Route::Shared {
                version: version.to_owned(),
                data: data.to_owned(),
            };
        }
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("pm"), Some(id), step, None) if PostmortemId::is_valid(id) => {
                let step = match step {
                    None => None,
                    Some(slug) => match Step::from_slug(slug) {
                        Some(step) => Some(step),
                        None => return Route::Home,
                    },
                };
                Route::Editor {
                    id: PostmortemId(id.to_owned()),
                    step,
                }
            }
            (Some("playbook"), None, None, None) => Route::Playbook,
            (Some("playbook"), Some(id), None, None) if PostmortemId::is_valid(id) => {
                Route::Checklist(Uid(id.to_owned()))
            }
            (Some("playbook"), Some(id), Some("run"), Some(run))
                if PostmortemId::is_valid(id)
                    && PostmortemId::is_valid(run)
                    && parts.next().is_none() =>
            {
                Route::Run {
                    checklist: Uid(id.to_owned()),
                    run: Uid(run.to_owned()),
                }
            }
            _ => Route::Home,
        }
    }

    /// Whether this is a playbook page (the header marks the playbook link current).
    pub fn in_playbook(&self) -> bool {
        matches!(
            self,
            Route::Playbook | Route::Checklist(_) | Route::Run { .. }
        )
    }

    /// The hash for this route, including the `#`.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Editor { id, step: None } => format!("#/pm/{id}"),
            Route::Editor {
                id,
                step: Some(step),
            } => format!("#/pm/{id}/{}", step.slug()),
            Route::Playbook => "#/playbook".to_owned(),
            Route::Checklist(id) => format!("#/playbook/{id}"),
            Route::Run { checklist, run } => format!("#/playbook/{checklist}/run/{run}"),
            Route::Shared { version, data } => format!("#/shared/{version}/{data}"),
        }
    }

    /// The editor at a step.
    pub fn step(id: &PostmortemId, step: Step) -> Self {
        Route::Editor {
            id: id.clone(),
            step: Some(step),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_route() {
        let id = PostmortemId("abc-123".into());
        for route in [
            Route::Home,
            Route::Editor {
                id: id.clone(),
                step: None,
            },
            Route::step(&id, Step::Facts),
            Route::step(&id, Step::Review),
            Route::Playbook,
            Route::Checklist(Uid("cl-1".into())),
            Route::Run {
                checklist: Uid("cl-1".into()),
                run: Uid("r_2".into()),
            },
            Route::Shared {
                version: "1".into(),
                data: "AbC-_9".into(),
            },
            // Damaged data still reaches the shared page, which says what is wrong.
            Route::Shared {
                version: "1".into(),
                data: "a/b c".into(),
            },
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
    }

    #[test]
    fn unknown_or_hostile_hashes_go_home() {
        for hash in [
            "",
            "#",
            "#/",
            "#/nope",
            "#/pm/",
            "#/pm/a/b/c",
            "#/pm/a/unknown",
            "#/pm/<script>",
            "#/playbook/<b>",
            "#/playbook/a/runs/b",
            "#/playbook/a/run/b/c",
            "#/playbook/a/run/",
        ] {
            assert_eq!(Route::parse(hash), Route::Home, "{hash}");
        }
    }
}
