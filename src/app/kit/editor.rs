//! The typed field editor of a record that is saved as it changes (a
//! procedure, a meeting note, a goal…): a field is named by a plain function
//! (`|s| &mut s.title`), so no closure is boxed per field, and the code that
//! applies a change exists once per record type.

use crate::app::state::AppState;
use crate::book::workbook::Workbook;
use crate::kernel::record::{now, Collection};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

/// Edits the live record `id` of one collection; every change touches the
/// record and saves the workbook after the usual pause.
pub struct Editor<T: 'static> {
    app: AppState,
    id: Uuid,
    records: fn(&mut Workbook) -> &mut Collection<T>,
    /// Applied after every change (a procedure's version date moves to
    /// today).
    after: Option<fn(&mut T)>,
}

impl<T> Clone for Editor<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Editor<T> {}

impl<T> Editor<T>
where
    T: Serialize + DeserializeOwned + Clone + PartialEq + 'static,
{
    pub fn new(app: AppState, id: Uuid, records: fn(&mut Workbook) -> &mut Collection<T>) -> Self {
        Editor {
            app,
            id,
            records,
            after: None,
        }
    }

    /// The same editor, which also applies `after` on every change.
    pub fn after_each(self, after: fn(&mut T)) -> Self {
        Editor {
            after: Some(after),
            ..self
        }
    }

    pub fn id(self) -> Uuid {
        self.id
    }

    /// Sets one field.
    pub fn set<V>(self, field: fn(&mut T) -> &mut V, value: V) {
        self.change(move |r| *field(r) = value);
    }

    /// Makes any change to the record (for a change that is not one field).
    pub fn change(self, f: impl FnOnce(&mut T)) {
        self.apply(Box::new(f));
    }

    /// The one body of every change, instantiated once per record type
    /// (a generic body would be copied into the wasm for each call site).
    fn apply<'a>(self, f: Box<dyn FnOnce(&mut T) + 'a>) {
        let Editor {
            app,
            id,
            records,
            after,
        } = self;
        app.edit(move |wb| {
            Collection::update(records(wb), id, now(), |r| {
                f(r);
                if let Some(after) = after {
                    after(r);
                }
            });
        });
    }
}
