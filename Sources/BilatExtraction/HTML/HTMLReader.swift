import Foundation

/// Reads saved news pages (`.html`, `.htm`): the page's main text becomes the article text
/// (headline, then paragraphs separated by blank lines), with the headline, publication date,
/// outlet and canonical URL from the page's metadata. The text then goes through the same line
/// reader as `.txt` files, which finds datelines and sets aside what clutter is left.
public enum HTMLReader {
  /// File extensions read as HTML.
  public static let extensions: Set<String> = ["html", "htm"]

  /// Whether `source` names an HTML file.
  public static func handles(_ source: String) -> Bool {
    guard let dot = source.lastIndex(of: "."), !source[dot...].contains("/") else { return false }
    return extensions.contains(source[source.index(after: dot)...].lowercased())
  }

  /// Reads a page from its bytes; `source` is the path or URL reported in errors.
  public static func read(bytes raw: [UInt8], source: String) throws(ReaderError) -> Article {
    let bytes = try ArticleReader.checkedBytes(raw, source: source)
    // Valid UTF-8 is read as UTF-8 whatever the page declares (saved pages keep stale charsets);
    // anything else is decoded by the page's own <meta charset>.
    let encoding: String? = ArticleReader.firstInvalidUTF8(bytes) == nil ? "UTF-8" : nil
    guard let page = HTMLDocument(bytes: bytes, encoding: encoding) else { throw .noBody(path: source) }
    let metadata = HTMLMetadata(page)
    let blocks = HTMLContent.blocks(of: page)
    guard !blocks.isEmpty else { throw .noBody(path: source) }
    let title = metadata.headline
    var text = title.map { $0 + "\n\n" } ?? ""
    // the headline heads the text for whoever reads it; it is not a line of the body
    let bodyStart = title.map { $0.utf16.count + 2 } ?? 0
    text += blocks.map(\.text).joined(separator: "\n\n")
    var article = Article(
      source: source, text: text, units: Array(text.utf16), title: title, published: metadata.published,
      outlet: metadata.outlet, url: metadata.url, datelineCity: nil, paragraphs: [], clutter: [])
    let lines = LineSplitter.lines(article.units).filter { $0.lowerBound >= bodyStart }
    try ArticleReader.readLines(lines, into: &article)
    return article
  }
}
