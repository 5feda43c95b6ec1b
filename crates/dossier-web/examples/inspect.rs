//! Prints what `extract_article` finds in one page (plain or .gz):
//! `cargo run -p dossier-web --example inspect -- PAGE [URL]`.
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: inspect PAGE [URL]")?;
    let url = args.next();
    let html = dossier_web::eval::read_page(std::path::Path::new(&path))?;
    let a = dossier_web::extract_article(&html, url.as_deref());
    println!("{a:#?}");
    Ok(())
}
