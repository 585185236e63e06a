//! Everything idctl prints: data on stdout in the chosen format, messages on stderr.
//!
//! Commands never format output themselves. They hand a `Serialize` value to [`Ui::emit`], and the
//! format is derived from it: JSON field names are the struct's field names (stable, documented in
//! the README), tables and CSV use the same names as headers. This keeps `-o json`, `-o jsonl`,
//! `-o csv` and the table view in agreement by construction.
//!
//! Rules that scripts rely on:
//! - stdout carries data only; progress, notes, warnings and errors go to stderr;
//! - `-o jsonl` and `-o csv` print the rows of a report (its list of objects), one per line;
//! - a closed stdout (`idctl ... | head`) ends the command quietly (see `Error::is_broken_pipe`).

use std::io::{IsTerminal, Write};

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::{ColorChoice, GlobalArgs, OutputFormat};
use crate::error::{Error, Result};

/// Whether messages on stderr (errors, warnings, notes and the `-v`/`-vv` log lines alike) carry
/// colours: `--color always` and `never` decide; `auto` means stderr is a terminal and `NO_COLOR` is
/// unset or empty (https://no-color.org). One decision for every writer on stderr.
pub fn stderr_colors(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The user interface of one command run: output format and verbosity.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: OutputFormat,
    /// `--no-headers`: tables and CSV without their header line.
    pub no_headers: bool,
    pub quiet: bool,
    pub verbose: u8,
    stderr_is_terminal: bool,
    stdin_is_terminal: bool,
    /// While set (`--watch`), data goes here instead of stdout.
    capture: std::sync::Arc<std::sync::Mutex<Option<Vec<u8>>>>,
}

impl Ui {
    pub fn new(global: &GlobalArgs) -> Self {
        let stderr_is_terminal = std::io::stderr().is_terminal();
        let colors = stderr_colors(global.color);
        console::set_colors_enabled_stderr(colors);
        console::set_colors_enabled(colors && std::io::stdout().is_terminal());
        Ui {
            format: global.output,
            no_headers: global.no_headers,
            quiet: global.quiet,
            verbose: global.verbose,
            stderr_is_terminal,
            stdin_is_terminal: std::io::stdin().is_terminal(),
            capture: Default::default(),
        }
    }

    /// Whether progress bars may be drawn (stderr is a terminal and not `-q`). Otherwise progress is
    /// reported as periodic plain log lines.
    pub fn progress_bars(&self) -> bool {
        self.stderr_is_terminal && !self.quiet && self.format != OutputFormat::Jsonl
    }

    /// A table for people (`-o table` or `-o wide`), not data for a program.
    pub fn is_table(&self) -> bool {
        matches!(self.format, OutputFormat::Table | OutputFormat::Wide)
    }

    pub fn stdin_is_terminal(&self) -> bool {
        self.stdin_is_terminal
    }

    /// A message for the operator on stderr (suppressed by `-q`).
    pub fn note(&self, message: impl AsRef<str>) {
        if !self.quiet {
            eprintln!("{}", message.as_ref());
        }
    }

    /// A warning on stderr (suppressed by `-q`).
    pub fn warn(&self, message: impl AsRef<str>) {
        if !self.quiet {
            eprintln!(
                "{} {}",
                console::style("warning:").yellow().bold().for_stderr(),
                message.as_ref()
            );
        }
    }

    /// Detail shown with `-v` only.
    pub fn detail(&self, message: impl AsRef<str>) {
        if self.verbose > 0 && !self.quiet {
            eprintln!("{}", console::style(message.as_ref()).dim().for_stderr());
        }
    }

    /// Prints an error (always, even with `-q`).
    pub fn error(&self, error: &Error) {
        eprintln!(
            "{} {}",
            console::style("error:").red().bold().for_stderr(),
            error.message()
        );
        if let Some(hint) = error.hint() {
            eprintln!("{} {hint}", console::style("hint:").cyan().for_stderr());
        }
        if self.verbose > 0 {
            for cause in error.source_chain() {
                eprintln!("  caused by: {cause}");
            }
        }
    }

    /// Like [`Ui::emit`], but a table (`-o table`) shows `narrow()` instead: the few columns that
    /// fit an 80-column terminal. `-o wide`, JSON, JSONL and CSV keep every field
    /// (docs/OUTPUT.md).
    pub fn emit_narrow<T: Serialize, V: Serialize>(
        &self,
        full: &T,
        narrow: impl FnOnce() -> V,
    ) -> Result<()> {
        if self.format == OutputFormat::Table {
            self.emit(&narrow())
        } else {
            self.emit(full)
        }
    }

    /// From now on, data is kept (for `--watch` to draw) instead of written to stdout.
    pub fn start_capture(&self) {
        *self.capture.lock().unwrap_or_else(|p| p.into_inner()) = Some(Vec::new());
    }

    /// The data kept since [`Ui::start_capture`]; stdout again from now on.
    pub fn take_capture(&self) -> Vec<u8> {
        self.capture
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .unwrap_or_default()
    }

    /// Writes a command's result to stdout in the chosen format.
    pub fn emit<T: Serialize>(&self, value: &T) -> Result<()> {
        let value = serde_json::to_value(value)?;
        if let Some(buf) = self
            .capture
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_mut()
        {
            return write_value_with(buf, self.format, !self.no_headers, &value);
        }
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        write_value_with(&mut out, self.format, !self.no_headers, &value)?;
        out.flush()?;
        Ok(())
    }
}

impl Ui {
    /// With `-o jsonl`, prints `value` as one line `{"event": <event>, ...}` (for streams of progress
    /// events followed by a summary); otherwise like [`Ui::emit`].
    pub fn emit_event<T: Serialize>(&self, event: &str, value: &T) -> Result<()> {
        if self.format != OutputFormat::Jsonl {
            return self.emit(value);
        }
        let mut object = Map::new();
        object.insert("event".into(), Value::String(event.into()));
        if let Value::Object(fields) = serde_json::to_value(value)? {
            object.extend(fields);
        }
        let mut out = std::io::stdout().lock();
        serde_json::to_writer(&mut out, &Value::Object(object))?;
        writeln!(out)?;
        out.flush()?;
        Ok(())
    }
}

/// Renders `value` in `format` to `out`. Public so that tests and the man-page generator can use
/// the same rendering without a terminal.
pub fn write_value(out: &mut dyn Write, format: OutputFormat, value: &Value) -> Result<()> {
    write_value_with(out, format, true, value)
}

/// [`write_value`], with or without the header line of tables and CSV.
pub fn write_value_with(
    out: &mut dyn Write,
    format: OutputFormat,
    headers: bool,
    value: &Value,
) -> Result<()> {
    match format {
        OutputFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, value)?;
            writeln!(out)?;
        }
        OutputFormat::Jsonl => {
            for row in rows_of(value) {
                serde_json::to_writer(&mut *out, row)?;
                writeln!(out)?;
            }
        }
        OutputFormat::Csv => write_csv(out, value, headers)?,
        OutputFormat::Table => write_table(out, value, headers, true)?,
        OutputFormat::Wide => write_table(out, value, headers, false)?,
    }
    Ok(())
}

/// The rows of a report: a list is its own rows; an object with one list of objects yields that
/// list; any other object is a single row.
fn rows_of(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(map) => {
            let lists: Vec<&Vec<Value>> = map.values().filter_map(list_of_objects).collect();
            if lists.len() == 1 {
                lists[0].iter().collect()
            } else {
                vec![value]
            }
        }
        other => vec![other],
    }
}

fn list_of_objects(v: &Value) -> Option<&Vec<Value>> {
    match v {
        Value::Array(items) if items.iter().all(Value::is_object) => Some(items),
        _ => None,
    }
}

/// Column names of a list of objects: union of keys in first-seen order.
fn headers_of(rows: &[&Value]) -> Vec<String> {
    let mut headers: Vec<String> = Vec::new();
    for row in rows {
        if let Value::Object(map) = row {
            for key in map.keys() {
                if !headers.iter().any(|h| h == key) {
                    headers.push(key.clone());
                }
            }
        }
    }
    headers
}

/// A cell's text: strings as they are, null as empty, nested values as compact JSON.
pub fn cell_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

fn write_csv(out: &mut dyn Write, value: &Value, with_headers: bool) -> Result<()> {
    let rows = rows_of(value);
    let headers = headers_of(&rows);
    let mut writer = csv::Writer::from_writer(out);
    let csv_err = |e: csv::Error| -> Error {
        match e.into_kind() {
            csv::ErrorKind::Io(io) => io.into(),
            other => Error::internal(format!("CSV error: {other:?}")),
        }
    };
    if headers.is_empty() {
        for row in rows {
            writer.write_record([cell_text(row)]).map_err(csv_err)?;
        }
    } else {
        if with_headers {
            writer.write_record(&headers).map_err(csv_err)?;
        }
        for row in rows {
            let record: Vec<String> = headers
                .iter()
                .map(|h| row.get(h).map(cell_text).unwrap_or_default())
                .collect();
            writer.write_record(&record).map_err(csv_err)?;
        }
    }
    writer.flush()?;
    Ok(())
}

/// A table fitted to the terminal: cells wrap (at spaces where they can) to keep each line within
/// its width. `COLUMNS` sets the width (as `ls`, `less` and `git` honour it), also without a
/// terminal; without either, lines are not wrapped (`grep` sees whole rows).
fn new_table(fit: bool) -> Table {
    let mut table = Table::new();
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 20);
    if !fit {
        // `-o wide`: every field in full, one line per row.
        table
            .load_style(presets::ASCII_MARKDOWN)
            .set_content_arrangement(ContentArrangement::Disabled);
    } else if std::io::stdout().is_terminal() {
        table
            .load_style(presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if let Some(w) = columns {
            table.set_width(w);
        }
        // One too narrow to wrap into (an unknown width reads as 0): no wrapping.
        if table.width().is_none_or(|w| w < 40) {
            table
                .load_style(presets::ASCII_MARKDOWN)
                .set_content_arrangement(ContentArrangement::Disabled);
        }
    } else {
        table.load_style(presets::ASCII_MARKDOWN);
        match columns {
            Some(w) => {
                table
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(w);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
    }
    table
}

/// A cell for people: like [`cell_text`], with fractions rounded to two decimals (a rate of
/// `42193.392808352226` reads `42193.39`; JSON and CSV keep every digit).
fn table_cell(v: &Value) -> String {
    match v {
        Value::Number(n) if n.is_f64() => n
            .as_f64()
            .map(|f| {
                let s = format!("{f:.2}");
                s.trim_end_matches('0').trim_end_matches('.').to_string()
            })
            .unwrap_or_else(|| n.to_string()),
        other => cell_text(other),
    }
}

fn list_table(rows: &[&Value], with_headers: bool, fit: bool) -> Table {
    let headers: Vec<String> = headers_of(rows);
    let mut table = new_table(fit);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            headers
                .iter()
                .map(|h| row.get(h).map(table_cell).unwrap_or_default())
                .collect()
        })
        .collect();
    if with_headers {
        table.set_header(headers.iter().map(|h| h.to_uppercase()));
    }
    for row in &cells {
        table.add_row(row.clone());
    }
    // Wrap between words, never inside one: each column is at least as wide as its longest word
    // (up to 30 characters), from the left while the table still fits; a column that does not get
    // its boundary (or a longer token, such as a URL) is the one place a word may be split.
    if fit {
        let width = table.width().unwrap_or(80) as usize;
        let borders = 3 * headers.len() + 1;
        let longest: Vec<usize> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                std::iter::once(h.as_str())
                    .chain(cells.iter().map(|r| r[i].as_str()))
                    .flat_map(str::split_whitespace)
                    .map(|w| w.chars().count())
                    .max()
                    .unwrap_or(1)
                    .min(30)
            })
            .collect();
        // Columns left without a boundary still need a few characters each.
        let mut used = borders + 4 * headers.len();
        for (i, len) in longest.iter().enumerate() {
            if used + len.saturating_sub(4) > width {
                break;
            }
            used += len.saturating_sub(4);
            if let Some(column) = table.column_mut(i) {
                // The boundary counts the cell's padding (one space each side).
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(
                    *len as u16 + 2,
                )));
            }
        }
    }
    table
}

fn write_table(out: &mut dyn Write, value: &Value, headers: bool, fit: bool) -> Result<()> {
    match value {
        Value::Array(items) if items.is_empty() => writeln!(out, "(none)")?,
        Value::Array(items) if items.iter().all(Value::is_object) => writeln!(
            out,
            "{}",
            list_table(&items.iter().collect::<Vec<_>>(), headers, fit)
        )?,
        Value::Object(map) => write_object_table(out, map, headers, fit)?,
        other => writeln!(out, "{}", cell_text(other))?,
    }
    Ok(())
}

/// An object as a field/value table, followed by one table per list-of-objects field.
fn write_object_table(
    out: &mut dyn Write,
    map: &Map<String, Value>,
    headers: bool,
    fit: bool,
) -> Result<()> {
    let mut fields = new_table(fit);
    if headers {
        fields.set_header(["FIELD", "VALUE"]);
    }
    let mut sections = Vec::new();
    for (key, v) in map {
        match list_of_objects(v) {
            Some(items) if !items.is_empty() => sections.push((key, items)),
            _ => {
                fields.add_row([key.clone(), table_cell(v)]);
            }
        }
    }
    if fields.row_count() > 0 {
        writeln!(out, "{fields}")?;
    }
    for (key, items) in sections {
        writeln!(out, "\n{key}:")?;
        writeln!(
            out,
            "{}",
            list_table(&items.iter().collect::<Vec<_>>(), headers, fit)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: OutputFormat, v: &Value) -> String {
        let mut buf = Vec::new();
        write_value(&mut buf, format, v).unwrap();
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn jsonl_and_csv_print_the_rows_of_a_report() {
        let report = json!({"database": "x", "migrations": [{"version": 1, "state": "applied"}, {"version": 2, "state": "pending"}]});
        assert_eq!(
            render(OutputFormat::Jsonl, &report),
            "{\"version\":1,\"state\":\"applied\"}\n{\"version\":2,\"state\":\"pending\"}\n"
        );
        assert_eq!(
            render(OutputFormat::Csv, &report),
            "version,state\n1,applied\n2,pending\n"
        );
    }

    #[test]
    fn table_shows_scalars_then_sections() {
        let report = json!({"database": "x", "migrations": [{"version": 1}]});
        let text = render(OutputFormat::Table, &report);
        assert!(text.contains("database"), "{text}");
        assert!(text.contains("migrations:"), "{text}");
    }

    #[test]
    fn tables_round_fractions_and_csv_keeps_them() {
        let rows = json!([{"rate": 42193.392808352226, "n": 3, "x": 0.5}]);
        let text = render(OutputFormat::Table, &rows);
        assert!(
            text.contains("42193.39 ") && text.contains("0.5 "),
            "{text}"
        );
        assert!(!text.contains("42193.392"), "{text}");
        assert!(render(OutputFormat::Csv, &rows).contains("42193.392808352226"));
    }

    #[test]
    fn csv_quotes_values_with_commas() {
        let rows = json!([{"a": "x,y", "b": null}]);
        assert_eq!(render(OutputFormat::Csv, &rows), "a,b\n\"x,y\",\n");
    }
}
