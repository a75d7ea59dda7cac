//! Trunk has no wasm splitting (trunk-rs/trunk#1022), so this stands in for
//! `wasm-bindgen` on Trunk's PATH during a build (`scripts/trunk.sh`): it
//! splits the wasm Cargo built at the app's split points
//! (`src/app/pages.rs`), then runs the real wasm-bindgen on the first
//! download's module with the flags a split module needs.
//!
//! The chunks and their loader go to a folder `split-<id>`, `<id>` a hash of
//! the wasm, so a browser never mixes a chunk of one build with another's.
//! `scripts/post-build.mjs` copies that folder into the build and points
//! the loader at the hashed name Trunk gave the JavaScript glue.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("servicebook-split: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let real = real_wasm_bindgen()?;
    let input = args.iter().position(|a| {
        !a.to_string_lossy().starts_with('-') && a.to_string_lossy().ends_with(".wasm")
    });
    let Some(input) = input else {
        // `--version` (Trunk's check) and anything else: the real tool.
        return pass(&real, &args);
    };
    let value = |flag: &str| {
        args.iter().find_map(|a| {
            a.to_str()
                .and_then(|a| a.strip_prefix(flag))
                .and_then(|a| a.strip_prefix('='))
                .map(str::to_string)
        })
    };
    let out_dir = PathBuf::from(value("--out-dir").ok_or("no --out-dir=")?);
    let out_name = value("--out-name").ok_or("no --out-name=")?;
    let wasm_path = PathBuf::from(&args[input]);
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;

    // `<target>/wasm-bindgen/split-<release|debug>/split-<id>/`, beside
    // Trunk's own output folder (not in its snippets, which Trunk would
    // preload as JavaScript); scripts/post-build.mjs copies it into the build.
    let mode = out_dir
        .file_name()
        .ok_or("--out-dir has no name")?
        .to_string_lossy()
        .to_string();
    let base = out_dir
        .parent()
        .ok_or("--out-dir has no parent")?
        .join(format!("split-{mode}"));
    remove_old_splits(&base)?;
    let id = format!("{:016x}", fnv1a(&wasm));
    let split_dir = base.join(format!("split-{id}"));
    std::fs::create_dir_all(&split_dir).map_err(|e| e.to_string())?;
    let main_out = base.join(format!("{out_name}_split.wasm"));
    // The loader's path as the JS glue (at the build's root) imports it, and
    // the glue's as the loader imports it back.
    let link_name = format!("./split-{id}/__wasm_split.js");
    let main_module = format!("../{out_name}.js");
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&wasm);
        // The loader goes to `<base>/<link_name>`, the chunks to `<base>`;
        // they are moved next to the loader below.
        opts.output_dir = &base;
        opts.main_out_path = &main_out;
        opts.link_name = &link_name;
        opts.main_module = &main_module;
        opts
    })
    .map_err(|e| format!("splitting {}: {e:?}", wasm_path.display()))?;

    let mut moved = Vec::new();
    for chunk in &split.split_modules {
        let name = chunk.file_name().ok_or("a chunk without a name")?;
        let to = split_dir.join(name);
        std::fs::rename(chunk, &to).map_err(|e| format!("{}: {e}", chunk.display()))?;
        moved.push(to);
    }
    if mode == "release" {
        optimise(&moved)?;
    }

    let mut bindgen_args = args.clone();
    bindgen_args[input] = main_out.into_os_string();
    bindgen_args.push("--keep-lld-exports".into());
    pass(&real, &bindgen_args)
}

/// The first `wasm-bindgen` on PATH that is not this program.
fn real_wasm_bindgen() -> Result<PathBuf, String> {
    let me = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| e.to_string())?;
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("wasm-bindgen"))
        .find(|c| c.is_file() && c.canonicalize().is_ok_and(|c| c != me))
        .ok_or_else(|| "the real wasm-bindgen is not on PATH".to_string())
}

fn pass(program: &Path, args: &[OsString]) -> Result<ExitCode, String> {
    let status = Command::new(program)
        .args(args)
        .status()
        .map_err(|e| format!("{}: {e}", program.display()))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The chunks get the optimisation Trunk gives the first module (`-Oz`),
/// all at once (most are small).
fn optimise(chunks: &[PathBuf]) -> Result<(), String> {
    let running = chunks
        .iter()
        .map(|chunk| {
            Command::new("wasm-opt")
                .args(["-Oz", "--quiet"])
                .arg(chunk)
                .arg("-o")
                .arg(chunk)
                .spawn()
                .map(|child| (chunk, child))
                .map_err(|e| format!("wasm-opt: {e}"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (chunk, mut child) in running {
        let status = child.wait().map_err(|e| format!("wasm-opt: {e}"))?;
        if !status.success() {
            return Err(format!("wasm-opt failed on {}", chunk.display()));
        }
    }
    Ok(())
}

fn remove_old_splits(base: &Path) -> Result<(), String> {
    let Ok(entries) = std::fs::read_dir(base) else {
        return Ok(());
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with("split-") {
            std::fs::remove_dir_all(e.path()).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}
