//! `dossier serve`: the web app (crate `dossier-serve`) over the data directory, read-only.

use crate::data_dir;
use anyhow::{Context, Result};
use std::net::SocketAddr;
use std::path::Path;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// Address and port to listen on; port 0 picks a free one. Anything but
    /// a loopback address exposes your documents to the network.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT")]
    bind: SocketAddr,
}

pub fn serve(dir: &Path, args: &ServeArgs) -> Result<bool> {
    if !dir.join("dossier.sqlite").exists() {
        anyhow::bail!("no Dossier data in {}; ingest documents first with `dossier ingest PATH`", dir.display());
    }
    // Bring the derived index up to date, then read the store through a read-only connection.
    let data = data_dir::open(dir)?;
    data_dir::sync_if_behind(&data)?;
    let index = data.index;
    drop(data.store);
    let store = dossier_store::Store::open_read_only(&dir.join("dossier.sqlite"))?;
    let listener = std::net::TcpListener::bind(args.bind).with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr = listener.local_addr().context("cannot read the listening address")?;
    if !addr.ip().is_loopback() {
        eprintln!("warning: listening on {addr}, which is not a loopback address: anyone who can reach this machine can read these documents");
    }
    println!("Dossier is serving {} at http://{addr}/ (read-only; Ctrl-C to stop)", dir.display());
    use std::io::Write;
    std::io::stdout().flush().ok();
    dossier_serve::serve(dossier_serve::App::new(store, index), listener)?;
    Ok(true)
}
