import Foundation

extension PageRoutes {
  /// The stored text with each extracted mention and fact highlighted; clicking a highlight
  /// shows what was extracted from it (the script), and the table below lists them all.
  func articlePage(_ id: Int64) throws -> String {
    let article = try service.article(id)
    var body = "<h1>\(HTML.escape(article.title ?? "Article \(id)"))</h1>"
    body += "<p class=\"note\">\(HTML.escape(article.source))"
    if let published = article.published { body += " · published \(HTML.escape(published))" }
    body += " · \(article.marks.count) pieces of evidence: <mark class=\"k-mention\">mentions</mark> "
      + "<mark class=\"k-fact\">facts</mark> <mark class=\"k-both\">both</mark></p>"
    body += "<div id=\"mark-details\" aria-live=\"polite\">Click a highlight to see what was extracted from it.</div>"
    body += "<div class=\"article-text\" id=\"article-text\">\(Self.markedText(article))</div>"
    body += "<h2>Extracted</h2>" + HTML.table(
      ["Span", "Kind", "What", "Rule", "Confidence"],
      article.marks.enumerated().map { index, mark in
        let what = mark.object.map { "\(HTML.entityLink(mark.subject)) → \(HTML.entityLink($0))" }
          ?? HTML.entityLink(mark.subject)
        return [
          "<span id=\"mark-\(index)\" data-summary=\"\(HTML.escape(Self.summary(mark)))\">\(mark.start)–\(mark.end)</span>",
          HTML.escape(mark.kind), "\(HTML.escape(mark.what)): \(what)", HTML.escape(mark.rule),
          String(format: "%.2f", mark.confidence),
        ]
      }, id: "marks")
    return HTML.page(title: article.title ?? "Article \(id)", body: body)
  }

  /// One line saying what a mark is: "fact MET_WITH: A → B (rule met-verb, confidence 0.90)".
  static func summary(_ mark: ArticleMark) -> String {
    let what = mark.object.map { "\(mark.subject.name) → \($0.name)" } ?? mark.subject.name
    return "\(mark.kind) \(mark.what): \(what) (rule \(mark.rule), confidence \(String(format: "%.2f", mark.confidence)))"
  }

  /// The text cut at every mark boundary; each piece inside marks is one `<mark>` naming them.
  static func markedText(_ article: ArticleDetail) -> String {
    let units = Array(article.text.utf16)
    let marks = article.marks.filter { $0.start >= 0 && $0.end <= units.count && $0.start < $0.end }
    var boundaries = Set([0, units.count])
    for mark in marks {
      boundaries.insert(mark.start)
      boundaries.insert(mark.end)
    }
    let cuts = boundaries.sorted()
    var anchored = Set<Int>()
    var html = ""
    for (lower, upper) in zip(cuts, cuts.dropFirst()) {
      if marks.contains(where: { $0.start == lower }), anchored.insert(lower).inserted {
        html += "<span id=\"m\(lower)\"></span>"
      }
      let text = HTML.escape(String(decoding: units[lower..<upper], as: UTF16.self))
      let covering = article.marks.indices.filter { article.marks[$0].start <= lower && article.marks[$0].end >= upper }
      guard !covering.isEmpty else {
        html += text
        continue
      }
      let kinds = Set(covering.map { article.marks[$0].kind })
      let kind = kinds.count > 1 ? "both" : kinds.first ?? "mention"
      let title = covering.map { summary(article.marks[$0]) }.joined(separator: "\n")
      html += "<mark class=\"k-\(kind)\" tabindex=\"0\" data-marks=\"\(covering.map(String.init).joined(separator: " "))\" "
        + "title=\"\(HTML.escape(title))\">\(text)</mark>"
    }
    return html
  }
}
