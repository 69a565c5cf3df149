import Foundation

/// What a page says about itself: its `<title>`, Open Graph and article meta tags, canonical
/// link, JSON-LD (schema.org `NewsArticle`) and `<h1>`/`<time>` elements.
struct HTMLMetadata {
  var documentTitle: String?
  var openGraphTitle: String?
  var jsonLDHeadline: String?
  /// `<h1>` texts in document order.
  var headings: [String] = []
  var siteName: String?
  var publisherName: String?
  var canonicalURL: String?
  var openGraphURL: String?
  /// Dates as written: `article:published_time` and kin, JSON-LD `datePublished`, `<time datetime>`.
  var metaPublished: String?
  var jsonLDPublished: String?
  var timeElement: String?

  /// Meta names and properties that carry the publication time.
  static let publishedKeys: Set<String> = [
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "dc.date.issued", "dc.date", "sailthru.date", "parsely-pub-date",
  ]

  init(_ page: HTMLDocument) {
    page.walk(
      from: page.root,
      enter: { node in
        guard HTMLDocument.isElement(node) else { return .enter }
        switch HTMLDocument.tag(node) {
        case "title":
          if documentTitle == nil { documentTitle = nonEmpty(page.textContent(node)) }
          return .skip
        case "meta":
          read(meta: node)
        case "link":
          if (HTMLDocument.attribute(node, "rel") ?? "").lowercased().split(separator: " ").contains("canonical") {
            canonicalURL = canonicalURL ?? HTMLDocument.attribute(node, "href").flatMap(nonEmpty)
          }
        case "script":
          if (HTMLDocument.attribute(node, "type") ?? "").lowercased().contains("ld+json") {
            readJSONLD(page.textContent(node))
          }
          return .skip
        case "h1":
          if let h = nonEmpty(page.textContent(node)) { headings.append(h) }
          return .skip
        case "time":
          if timeElement == nil { timeElement = HTMLDocument.attribute(node, "datetime").flatMap(nonEmpty) }
        case "style", "noscript", "template":
          return .skip
        default:
          break
        }
        return .enter
      }, leave: { _ in })
  }

  private mutating func read(meta node: HTMLDocument.Node) {
    let key = (HTMLDocument.attribute(node, "property") ?? HTMLDocument.attribute(node, "name")
      ?? HTMLDocument.attribute(node, "itemprop") ?? "").lowercased()
    guard !key.isEmpty, let content = HTMLDocument.attribute(node, "content").flatMap(nonEmpty) else { return }
    switch key {
    case "og:title", "twitter:title": openGraphTitle = openGraphTitle ?? content
    case "og:site_name": siteName = siteName ?? content
    case "og:url": openGraphURL = openGraphURL ?? content
    default:
      if HTMLMetadata.publishedKeys.contains(key) { metaPublished = metaPublished ?? content }
    }
  }

  /// Reads `datePublished`, `headline` and `publisher.name` from a JSON-LD block (a broken block
  /// is ignored: pages often carry hand-edited JSON, and the other sources still apply).
  private mutating func readJSONLD(_ json: String) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return }
    var queue: [Any] = [object]
    var visited = 0
    while !queue.isEmpty && visited < 200 {
      let item = queue.removeFirst()
      visited += 1
      if let list = item as? [Any] {
        queue += list
        continue
      }
      guard let dict = item as? [String: Any] else { continue }
      if jsonLDPublished == nil, let d = dict["datePublished"] as? String { jsonLDPublished = nonEmpty(d) }
      if jsonLDHeadline == nil, let h = dict["headline"] as? String { jsonLDHeadline = nonEmpty(HTMLText.collapse(h)) }
      if publisherName == nil, let p = dict["publisher"] as? [String: Any], let n = p["name"] as? String {
        publisherName = nonEmpty(n)
      }
      if let graph = dict["@graph"] { queue.append(graph) }
    }
  }

  /// The publication date, from the most explicit source that parses.
  var published: CalendarDate? {
    for written in [metaPublished, jsonLDPublished, timeElement].compactMap({ $0 }) {
      if let date = CalendarDate(iso: String(written.prefix(10))) ?? HeaderParser.date(in: written) { return date }
    }
    return nil
  }

  /// The headline: the Open Graph or JSON-LD one, else a `<h1>` of a few words (a one-word `<h1>`
  /// is usually the site's logo), else the `<title>` without its " | Site" part.
  var headline: String? {
    if let t = openGraphTitle ?? jsonLDHeadline { return HTMLMetadata.withoutSiteName(t, outlet, guessing: false) }
    if let h = headings.first(where: { $0.split(separator: " ").count >= 3 }) { return h }
    return documentTitle.map { HTMLMetadata.withoutSiteName($0, outlet, guessing: true) }
  }

  var outlet: String? { siteName ?? publisherName }
  var url: String? { canonicalURL ?? openGraphURL }

  static let titleSeparators = [" | ", " – ", " — ", " - ", " :: ", " » ", " · "]

  /// "Talks in Astana | Steppe Post" → "Talks in Astana". A part equal to the site's name goes;
  /// when `guessing` (a `<title>`, which nearly always ends with the site), so does a short last
  /// part after a longer one. Headlines may hold the same dashes ("Kazakhstan - China trade"),
  /// so nothing else is cut.
  static func withoutSiteName(_ title: String, _ site: String?, guessing: Bool) -> String {
    for separator in titleSeparators where title.contains(separator) {
      var parts = title.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
      if let site {
        let kept = parts.filter { $0.caseInsensitiveCompare(site) != .orderedSame }
        if kept.count < parts.count, !kept.isEmpty { return kept.joined(separator: separator) }
      }
      guard guessing, parts.count >= 2, let last = parts.last, last.split(separator: " ").count <= 3 else { continue }
      parts.removeLast()
      let rest = parts.joined(separator: separator)
      if rest.split(separator: " ").count >= 3 { return rest }
    }
    return title
  }
}

private func nonEmpty(_ s: String) -> String? {
  let t = HTMLText.collapse(s)
  return t.isEmpty ? nil : t
}
