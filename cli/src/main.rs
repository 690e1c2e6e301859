//! The `spamsplit` command. `spamsplit --help` lists the subcommands;
//! `spamsplit SUBCOMMAND --help` their flags.

use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use spamsplit_cli::annotate::Outcome;
use spamsplit_cli::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (name, result) = match &cli.command {
        Command::Clean(args) => ("clean", spamsplit_cli::clean::run(args).map(|()| true)),
        Command::Annotate(args) => (
            "annotate",
            spamsplit_cli::annotate::run(args).map(|o| o == Outcome::Done),
        ),
        Command::Review(args) => ("review", spamsplit_cli::review::run(args)),
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "spamsplit",
                &mut std::io::stdout(),
            );
            ("completions", Ok(true))
        }
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{name}: {e:#}");
            ExitCode::from(2)
        }
    }
}
