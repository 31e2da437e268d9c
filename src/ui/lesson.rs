//! The lesson column: the hero, then every section of `content` with its blocks and the
//! previous/next links.

use leptos::prelude::*;

use super::code::CodeBlock;
use super::exercise_card::ExerciseCard;
use super::inline::Rich;
use super::progress_panel::ProgressPanel;
use super::quiz::Quiz;
use super::tree_buttons::{TreeButton, TreeButtonKind};
use crate::content::{self, Block, CalloutKind, CodeRole, Section};

/// The lesson: title, tags and every section in order.
#[component]
pub fn Lesson() -> impl IntoView {
    let sections = content::sections();
    view! {
        <main class="lesson" id="lesson">
            <header class="lesson-hero">
                <ul class="eyebrow" aria-label="Topic">
                    {content::TAGS.iter().map(|t| view! { <li>{*t}</li> }).collect_view()}
                    <li>{content::read_time_label()}</li>
                </ul>
                <h1>{content::TITLE}</h1>
                <p class="subtitle">{content::SUBTITLE}</p>
            </header>
            {sections
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let prev = i.checked_sub(1).and_then(|j| sections.get(j));
                    let next = sections.get(i + 1);
                    view! { <LessonSection section=s prev=prev next=next /> }
                })
                .collect_view()}
            <ProgressPanel />
        </main>
    }
}

/// One section: its heading, blocks and the links to its neighbours.
#[component]
fn LessonSection(
    section: &'static Section,
    prev: Option<&'static Section>,
    next: Option<&'static Section>,
) -> impl IntoView {
    let heading_id = format!("{}-title", section.id);
    let labelled_by = heading_id.clone();
    view! {
        <section class="lesson-section" id=section.id aria-labelledby=labelled_by>
            <div class="section-head">
                <h2 id=heading_id>{section.title}</h2>
                <TreeButton kind=TreeButtonKind::Section(section) />
            </div>
            {section.blocks.iter().map(render_block).collect_view()}
            <div class="section-nav">
                {prev.map(|p| view! {
                    <a class="prev" href=format!("#{}", p.id)>
                        <span>"Previous section"</span>{p.title}
                    </a>
                })}
                {next.map(|n| view! {
                    <a class="next" href=format!("#{}", n.id)>
                        <span>"Next section"</span>{n.title}
                    </a>
                })}
            </div>
        </section>
    }
}

fn render_block(block: &'static Block) -> AnyView {
    match block {
        Block::Para(text) => view! { <p><Rich text=text /></p> }.into_any(),
        Block::List(items) => view! {
            <ul>{items.iter().map(|t| view! { <li><Rich text=t /></li> }).collect_view()}</ul>
        }
        .into_any(),
        Block::Heading { id, text, since } => view! {
            <h3 id=*id>{*text}{since.map(|v| view! { " " <span class="since">{v}</span> })}</h3>
        }
        .into_any(),
        Block::Code(example) if example.role == CodeRole::Solution => view! {
            <details class="solution">
                <summary>"Show a worked solution"</summary>
                <CodeBlock example=example />
            </details>
        }
        .into_any(),
        Block::Code(example) if example.role == CodeRole::Starter => {
            view! { <CodeBlock example=example /> <ExerciseCard starter=example /> }.into_any()
        }
        Block::Code(example) => view! { <CodeBlock example=example /> }.into_any(),
        Block::Callout { kind, title, body } => {
            let class = match kind {
                CalloutKind::Note => "callout note",
                CalloutKind::Tip => "callout tip",
                CalloutKind::Warning => "callout warning",
                CalloutKind::Rule => "callout rule",
            };
            view! {
                <aside class=class aria-label=format!("{}: {}", kind.label(), title)>
                    <strong><span class="callout-kind">{kind.label()}</span>{*title}</strong>
                    <p><Rich text=body /></p>
                </aside>
            }
            .into_any()
        }
        Block::Commands(lines) => view! {
            <pre class="commands" tabindex="0"><code>
                {lines.iter().map(|l| view! { <span class="prompt" aria-hidden="true">"$ "</span>{*l}"\n" }).collect_view()}
            </code></pre>
        }
        .into_any(),
        Block::Hints(hints) => view! {
            <div class="hints">
                {hints.iter().enumerate().map(|(i, h)| view! {
                    <details class="hint">
                        <summary>{format!("Hint {}", i + 1)}</summary>
                        <p><Rich text=h /></p>
                    </details>
                }).collect_view()}
            </div>
        }
        .into_any(),
        Block::Quiz => view! { <Quiz /> }.into_any(),
    }
}
