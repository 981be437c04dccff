//! "Import Markdown": a file Hindsight exported (edited since, or not), chosen as a file or
//! pasted, read back into a new post-mortem. A file from elsewhere changes nothing and says
//! at which line it stopped making sense.

use leptos::prelude::*;

use crate::state::use_app_state;

/// The file input and the paste box for Markdown.
#[component]
pub fn MarkdownImport() -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());
    let import = move |text: &str| match state.import_markdown(text) {
        Ok(()) => {
            error.set(None);
            pasted.set(String::new());
        }
        Err(e) => error.set(Some(e)),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = crate::platform::chosen_file(&ev) else {
            return;
        };
        error.set(None);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => import(&text.as_string().unwrap_or_default()),
                Err(_) => error.set(Some(
                    "The file could not be read. Nothing was imported.".to_owned(),
                )),
            }
        });
    };
    view! {
        <section class="backup" aria-labelledby="markdown-import-title">
            <h2 id="markdown-import-title">"Markdown back in"</h2>
            <p class="hint">
                "A Markdown file exported by Hindsight, even edited since (texts and table cells changed, list items or table rows added or removed), comes back as a new post-mortem. Keep its headings as Hindsight wrote them."
            </p>
            <div class="backup__buttons">
                <label class="button backup__import">
                    "Import Markdown…"
                    <input type="file" accept=".md,.markdown,text/markdown,text/plain" class="visually-hidden" on:change=on_file />
                </label>
            </div>
            <details class="markdown-import__paste">
                <summary>"Paste Markdown instead"</summary>
                <div class="field">
                    <label for="markdown-paste">"Markdown to import"</label>
                    <textarea
                        id="markdown-paste"
                        rows="6"
                        prop:value=move || pasted.get()
                        on:input:target=move |ev| pasted.set(ev.target().value())
                    ></textarea>
                </div>
                <button class="button" on:click=move |_| import(&pasted.get_untracked())>
                    "Import pasted Markdown"
                </button>
            </details>
            {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
        </section>
    }
}
