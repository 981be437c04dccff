//! The playbook's checklists and runs: the named methods the playbook pages and the
//! "Add to playbook" form call. Each change goes through [`AppState::edit_checklist`],
//! which records when and schedules the save (see `persistence`).

use leptos::prelude::*;

use super::AppState;
use crate::domain::{Action, ItemId, Listed};
use crate::export::playbook::{checklist_markdown, playbook_markdown, run_markdown};
use crate::platform;
use crate::playbook::{item_for_action, postmortem_from_failure, Checklist, Uid};
use crate::route::Route;

/// Where "Add to playbook" puts an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An existing checklist.
    Existing(Uid),
    /// A new checklist with this name.
    New(String),
}

/// The topic of "Added A2 to …" notices: adding several actions in a row shows the latest.
const ADDED_TOPIC: &str = "playbook-added";

fn new_uid() -> Uid {
    Uid::from(platform::new_id())
}

impl AppState {
    /// The checklists not in the trash, in the order they were made.
    pub fn live_checklists(&self) -> Vec<Checklist> {
        self.checklists
            .with(|all| all.iter().filter(|c| !c.is_deleted()).cloned().collect())
    }

    /// Changes one checklist through a domain method, records when, and saves it shortly.
    pub fn edit_checklist(&self, id: &Uid, change: impl FnOnce(&mut Checklist)) {
        let now = platform::now();
        let changed = self
            .checklists
            .try_update(|all| {
                all.iter_mut().find(|c| &c.id == id).map(|list| {
                    change(list);
                    list.touch(now);
                })
            })
            .flatten()
            .is_some();
        if changed {
            self.schedule_checklist_save(id);
        }
    }

    /// Makes a new checklist and returns its id.
    pub fn create_checklist(&self, name: &str) -> Uid {
        let id = new_uid();
        let name = crate::text::or_placeholder(name, crate::playbook::UNTITLED_CHECKLIST);
        self.checklists
            .update(|all| all.push(Checklist::new(id.clone(), name, platform::now())));
        self.schedule_checklist_save(&id);
        id
    }

    /// Makes a new checklist and opens it.
    pub fn create_and_open_checklist(&self, name: &str) {
        let id = self.create_checklist(name);
        self.navigate(Route::Checklist(id));
    }

    /// Adds a check typed by hand to a checklist.
    pub fn add_check(&self, list: &Uid, text: &str) {
        let id = new_uid();
        self.edit_checklist(list, |l| l.add_item(id, text.trim()));
    }

    /// Turns an action of the open post-mortem into a check of a checklist (made if
    /// needed). An action already in the playbook is not added twice: the notice says
    /// where it is.
    pub fn add_action_to_playbook(&self, action: ItemId, target: Target) -> Result<Uid, String> {
        let pm = self.doc.get_untracked();
        let Some(found) = pm.action(action) else {
            return Err("That action is no longer here.".into());
        };
        if found.description.trim().is_empty() {
            return Err("Describe the action first: its words become the check.".into());
        }
        let existing = self.checklists.with_untracked(|all| {
            item_for_action(all, &pm.id, action).map(|(list, _)| list.display_name().to_owned())
        });
        if let Some(name) = existing {
            return Err(format!("This action is already in “{name}”."));
        }
        let list = match target {
            Target::Existing(id) => {
                let live = self
                    .checklists
                    .with_untracked(|all| all.iter().any(|l| l.id == id && !l.is_deleted()));
                if !live {
                    return Err("That checklist is no longer in the playbook: choose another, or a new one.".into());
                }
                id
            }
            Target::New(name) if name.trim().is_empty() => {
                return Err("Name the new checklist, e.g. “Launch checklist”.".into())
            }
            Target::New(name) => {
                let same = self.checklists.with_untracked(|all| {
                    crate::playbook::find_by_name(all, &name).map(|l| l.id.clone())
                });
                same.unwrap_or_else(|| self.create_checklist(&name))
            }
        };
        let item = new_uid();
        self.edit_checklist(&list, |l| l.add_from_action(item, &pm, found));
        let name = self.checklist_name(&list);
        let index = Action::index_of(&pm, action).map_or_else(String::new, Action::label);
        self.notices
            .info_in(ADDED_TOPIC, format!("Added {index} to “{name}”."));
        Ok(list)
    }

    fn checklist_name(&self, id: &Uid) -> String {
        self.checklists.with_untracked(|all| {
            all.iter()
                .find(|l| &l.id == id)
                .map_or_else(String::new, |l| l.display_name().to_owned())
        })
    }

    /// Starts a run of a checklist and opens it.
    pub fn start_run(&self, list: &Uid, name: &str) -> Result<(), String> {
        let run = new_uid();
        let mut result = Ok(());
        self.edit_checklist(list, |l| {
            result = l.start_run(run.clone(), name, platform::now());
        });
        result.map_err(str::to_owned)?;
        self.navigate(Route::Run {
            checklist: list.clone(),
            run,
        });
        Ok(())
    }

    /// Opens a new post-mortem about a check that failed in a run, quoting the check and
    /// the run as its first fact, timed when the failure was recorded.
    pub fn postmortem_from_failure(&self, list: &Uid, run: &Uid, item: &Uid) {
        let found = self.checklists.with_untracked(|all| {
            let checklist = all.iter().find(|l| &l.id == list)?;
            let run = checklist.run(run)?;
            let result = run.result(item)?;
            Some((checklist.clone(), run.clone(), result.clone()))
        });
        let Some((checklist, run, result)) = found else {
            self.notices
                .info("That check is no longer in this run.", None);
            return;
        };
        // Started before (and not deleted since): opened again, not started twice.
        let known = crate::playbook::failure_postmortem_id(&run.id, &result.item);
        let existing = known.as_ref().and_then(|id| {
            self.library.with_untracked(|docs| {
                docs.iter()
                    .find(|d| &d.id == id)
                    .map(|d| (d.id.clone(), d.step, d.is_deleted()))
            })
        });
        let id = match existing {
            Some((id, step, false)) => {
                self.navigate(Route::step(&id, step));
                self.notices.info(
                    "Opened the post-mortem already started about this check.",
                    None,
                );
                return;
            }
            // In the trash: a new one, under an id of its own.
            Some(_) => platform::new_id(),
            None => known.unwrap_or_else(platform::new_id),
        };
        let at = result.at.unwrap_or_else(platform::now);
        let zone = platform::viewer_zone();
        let when = crate::domain::wall_in(at, &zone, &platform::IntlZones);
        let pm = postmortem_from_failure(
            id,
            platform::now(),
            &checklist,
            &run,
            &result,
            when,
            Some(zone.name().to_owned()),
        );
        self.add_and_open(pm);
    }

    /// Deletes a checklist (reversibly: it goes to the trash) and goes to the playbook.
    pub fn delete_checklist(&self, id: &Uid) {
        let name = self.checklist_name(id);
        self.edit_checklist(id, |l| l.mark_deleted(platform::now()));
        self.flush_checklists();
        self.navigate(Route::Playbook);
        self.notices.info(
            format!("Deleted “{name}”; it is in the trash on the home page."),
            None,
        );
    }

    /// Brings a deleted checklist back.
    pub fn restore_checklist(&self, id: &Uid) {
        self.edit_checklist(id, Checklist::restore);
        self.flush_checklists();
    }

    /// Removes a deleted checklist for good.
    pub fn purge_checklist(&self, id: &Uid) {
        match self.remove_stored_checklist(id) {
            Ok(()) => self.checklists.update(|all| all.retain(|l| &l.id != id)),
            Err(error) => self.notices.error(&error),
        }
    }

    /// The deleted checklists, for the trash.
    pub fn checklist_trash(&self) -> Vec<Checklist> {
        self.checklists
            .with(|all| all.iter().filter(|c| c.is_deleted()).cloned().collect())
    }

    /// Offers the whole playbook as Markdown.
    pub fn download_playbook(&self) {
        self.flush_checklists();
        let text = self
            .checklists
            .with_untracked(|all| playbook_markdown(all, &platform::format_local));
        let name = format!("hindsight-playbook-{}.md", platform::today());
        self.offer(&name, "text/markdown", &text);
    }

    /// Offers one checklist as Markdown.
    pub fn download_checklist(&self, id: &Uid) {
        let found = self.checklists.with_untracked(|all| {
            all.iter().find(|l| &l.id == id).map(|l| {
                (
                    crate::text::slug(&l.name, 60, "checklist"),
                    checklist_markdown(l, &platform::format_local),
                )
            })
        });
        if let Some((slug, text)) = found {
            self.offer(
                &format!("{slug}-{}.md", platform::today()),
                "text/markdown",
                &text,
            );
        }
    }

    /// Offers the due dates of open actions as a calendar file: every post-mortem's, or
    /// one's. Says so instead when none has a due date.
    pub fn download_calendar(&self, only: Option<crate::domain::PostmortemId>) {
        use crate::domain::follow::{open_actions, ActionFilter};
        use crate::export::ics::{actions_calendar, calendar_file_name};
        self.flush();
        let today = platform::today();
        // Names replaced by roles where the post-mortem asks, as in every export.
        let docs: Vec<crate::domain::Postmortem> = self.library.with_untracked(|docs| {
            docs.iter()
                .map(|d| crate::export::as_exported(d).into_owned())
                .collect()
        });
        let mut open = open_actions(&docs, today, &ActionFilter::default());
        open.retain(|o| {
            o.action.due.is_some() && only.as_ref().is_none_or(|id| &o.postmortem == id)
        });
        if open.is_empty() {
            self.notices.info(
                "No open action has a due date yet: give actions a due date to put them in a calendar.",
                None,
            );
            return;
        }
        let (name, scope) = match &only {
            Some(_) => {
                let title = open[0].title.clone();
                (format!("Hindsight: {title}"), title)
            }
            None => ("Hindsight actions".to_owned(), "actions".to_owned()),
        };
        let text = actions_calendar(&name, &open, platform::now());
        self.offer(&calendar_file_name(&scope, today), "text/calendar", &text);
    }

    /// Offers one run as Markdown.
    pub fn download_run(&self, list: &Uid, run: &Uid) {
        let found = self.checklists.with_untracked(|all| {
            let l = all.iter().find(|l| &l.id == list)?;
            let r = l.run(run)?;
            Some((
                crate::text::slug(&format!("{} run {}", l.name, r.name), 60, "run"),
                run_markdown(l, r, &platform::format_local),
            ))
        });
        if let Some((slug, text)) = found {
            self.offer(&format!("{slug}.md"), "text/markdown", &text);
        }
    }
}
