/// Finds a saved news page's main text by content density, not by any site's markup: page
/// furniture (menus, page header, footer, asides, forms, scripts) is dropped; every block of text
/// is scored by its length and commas and credited to its container; a container's score is cut
/// by the share of its text that is link text (link lists, menus), raised for `<article>` and
/// `<main>`; the best container, with siblings that score nearly as well, holds the article.
/// Class and id words ("share", "related", "sidebar") only hint: they halve a block's score and
/// drop the parts of the chosen container they mark, since layouts also use them for wrappers
/// that hold the whole story ("two-col-sidebar-right", "nav-drawer").
enum HTMLContent {
  /// A block of text: a `<p>`, a list item, a heading, or text standing directly in a `<div>`.
  struct Block {
    var text: String
    /// Characters of text, and of text inside links.
    var characters: Int
    var linkCharacters: Int
    /// The innermost block element holding it.
    var holder: HTMLDocument.Node
    /// The innermost element around it whose class or id names furniture, if any.
    var furniture: HTMLDocument.Node?
    var linkDensity: Double { characters == 0 ? 1 : Double(linkCharacters) / Double(characters) }
  }

  /// Elements that hold no article text, with everything inside them.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button", "select",
    "textarea", "menu", "figcaption", "object", "embed", "canvas", "dialog", "input", "label", "head", "h1", "video",
    "audio", "map",
  ]
  /// Elements that start a new block of text.
  static let blockTags: Set<String> = [
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "h2", "h3", "h4",
    "h5", "h6", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "figure", "address", "center", "body", "html",
    "details", "summary", "hr", "header", "caption",
  ]
  /// Blocks whose container is their parent (a paragraph belongs to the story around it).
  static let paragraphTags: Set<String> = ["p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4", "h5", "h6"]
  /// `role` values of page furniture.
  static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "search"]
  /// Beginnings of class and id words that mark furniture, unless a content word is there too.
  static let furnitureHints = [
    "nav", "menu", "footer", "sidebar", "related", "share", "social", "comment", "breadcrumb", "promo", "advert",
    "cookie", "subscribe", "newsletter", "popular", "widget", "banner", "tags", "recommend", "more-news", "teaser",
  ]
  static let contentHints = ["article", "content", "main", "story", "post", "entry", "text", "body"]

  /// The main text of the page, block by block.
  static func blocks(of page: HTMLDocument) -> [Block] {
    let all = collect(page)
    guard let best = mainContainers(all) else { return [] }
    return all.filter { block in
      guard block.linkDensity <= 0.5, isInside(block.holder, best) else { return false }
      // a share bar, tag list or related box inside the story
      if let marked = block.furniture, let above = marked.pointee.parent, isInside(above, best) { return false }
      return true
    }
  }

  /// Every block of text of the page outside the dropped furniture, in document order.
  static func collect(_ page: HTMLDocument) -> [Block] {
    var blocks: [Block] = []
    var holders: [HTMLDocument.Node] = []
    var marked: [HTMLDocument.Node] = []
    var buffer = ""
    var characters = 0
    var linkCharacters = 0
    var linkDepth = 0
    // <br>s since the last visible text: one wraps a line, two or more end a paragraph
    var breaks = 0
    var articleDepth = 0
    func flush() {
      defer {
        breaks = 0
        buffer = ""
        characters = 0
        linkCharacters = 0
      }
      let lines = buffer.split(separator: "\n").map { HTMLText.collapse(String($0)) }.filter { !$0.isEmpty }
      guard !lines.isEmpty, let holder = holders.last else { return }
      blocks.append(
        Block(
          text: lines.joined(separator: "\n"), characters: characters, linkCharacters: linkCharacters, holder: holder,
          furniture: marked.last))
    }
    page.walk(
      from: page.root,
      enter: { node in
        if HTMLDocument.isText(node) {
          // line breaks in the markup are spaces; only <br><br> breaks a line
          var text = String.UnicodeScalarView()
          var visible = 0
          for scalar in HTMLDocument.text(node).unicodeScalars {
            if scalar.properties.isWhitespace {
              text.append(" ")
            } else {
              text.append(scalar)
              visible += 1
            }
          }
          if visible > 0 {
            if breaks > 0 { buffer += breaks >= 2 ? "\n" : " " }
            breaks = 0
          }
          buffer += String(text)
          characters += visible
          if linkDepth > 0 { linkCharacters += visible }
          return .enter
        }
        guard HTMLDocument.isElement(node) else { return .skip }
        let tag = HTMLDocument.tag(node)
        if isFurniture(node, tag: tag, insideArticle: articleDepth > 0) { return .skip }
        if hintsFurniture(node, tag: tag) {
          flush()
          marked.append(node)
        }
        if tag == "br" {
          breaks += 1
        } else if tag == "a" {
          linkDepth += 1
        } else if blockTags.contains(tag) {
          flush()
          holders.append(node)
          if tag == "article" || tag == "main" { articleDepth += 1 }
        }
        return .enter
      },
      leave: { node in
        let tag = HTMLDocument.tag(node)
        if let last = marked.last, last == node {
          flush()
          marked.removeLast()
        }
        if tag == "a" {
          linkDepth -= 1
        } else if blockTags.contains(tag) {
          flush()
          holders.removeLast()
          if tag == "article" || tag == "main" { articleDepth -= 1 }
        }
      })
    return blocks
  }

  /// Whether an element is page furniture: by tag, role or `hidden`.
  static func isFurniture(_ node: HTMLDocument.Node, tag: String, insideArticle: Bool) -> Bool {
    if droppedTags.contains(tag) { return true }
    // the page's own header holds the logo and menus; an article's header, its headline and date
    if tag == "header" && !insideArticle { return true }
    if let role = HTMLDocument.attribute(node, "role"), droppedRoles.contains(role.lowercased()) { return true }
    return HTMLDocument.attribute(node, "hidden") != nil || HTMLDocument.attribute(node, "aria-hidden") == "true"
  }

  /// Whether an element's class or id words name furniture (and no content word is there too).
  static func hintsFurniture(_ node: HTMLDocument.Node, tag: String) -> Bool {
    guard tag != "body" && tag != "html" && tag != "article" && tag != "main" else { return false }
    let names = ((HTMLDocument.attribute(node, "class") ?? "") + " " + (HTMLDocument.attribute(node, "id") ?? ""))
      .lowercased()
    guard names.count > 1 else { return false }
    let words = names.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
    let furniture =
      words.contains { w in furnitureHints.contains { w.hasPrefix($0) } }
      || furnitureHints.contains { $0.contains("-") && names.contains($0) }
    guard furniture else { return false }
    return !words.contains { w in contentHints.contains { w.hasPrefix($0) } }
  }

  /// Key of a node for dictionaries.
  static func key(_ node: HTMLDocument.Node) -> Int { Int(bitPattern: node) }

  /// The best-scoring container and its siblings that score at least a quarter as well.
  static func mainContainers(_ blocks: [Block]) -> Set<Int>? {
    var score: [Int: Double] = [:]
    var nodes: [Int: HTMLDocument.Node] = [:]
    // document order of first sight, so that ties are broken the same way on every run
    var order: [Int: Int] = [:]
    var totals: [Int: (characters: Int, links: Int)] = [:]
    for block in blocks {
      // every ancestor learns how much of its text is link text
      var up: HTMLDocument.Node? = block.holder
      var depth = 0
      while let n = up, depth < 64 {
        let k = key(n)
        totals[k, default: (0, 0)].characters += block.characters
        totals[k, default: (0, 0)].links += block.linkCharacters
        up = n.pointee.parent
        depth += 1
      }
      guard block.characters >= 25, block.linkDensity < 0.5 else { continue }
      let commas = block.text.reduce(0) { $0 + ($1 == "," ? 1 : 0) }
      let points = (1 + Double(commas) + min(Double(block.characters) / 100, 3)) * (block.furniture == nil ? 1 : 0.5)
      let paragraph = paragraphTags.contains(HTMLDocument.tag(block.holder))
      guard let container = paragraph ? block.holder.pointee.parent : block.holder,
        HTMLDocument.isElement(container)
      else { continue }
      nodes[key(container)] = container
      if order[key(container)] == nil { order[key(container)] = order.count }
      score[key(container), default: 0] += points
      if let grand = container.pointee.parent, HTMLDocument.isElement(grand) {
        nodes[key(grand)] = grand
        if order[key(grand)] == nil { order[key(grand)] = order.count }
        score[key(grand), default: 0] += points / 2
      }
    }
    func final(_ k: Int) -> Double {
      guard let node = nodes[k], let s = score[k] else { return 0 }
      let t = totals[k] ?? (0, 0)
      let density = t.characters == 0 ? 0 : Double(t.links) / Double(t.characters)
      var value = s * (1 - density)
      let tag = HTMLDocument.tag(node)
      if tag == "article" || tag == "main" { value *= 1.5 }
      return value
    }
    let ranked = score.keys.map { (key: $0, value: final($0), order: order[$0] ?? 0) }
    guard let best = ranked.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.order > $1.order) })?.key,
      let bestNode = nodes[best]
    else { return nil }
    var chosen: Set<Int> = [best]
    let threshold = final(best) / 4
    var sibling = bestNode.pointee.parent?.pointee.children
    while let s = sibling {
      if s != bestNode, HTMLDocument.isElement(s), final(key(s)) >= threshold, final(key(s)) > 0 { chosen.insert(key(s)) }
      sibling = s.pointee.next
    }
    return chosen
  }

  /// Whether `node` is one of `containers` or inside one.
  static func isInside(_ node: HTMLDocument.Node, _ containers: Set<Int>) -> Bool {
    var up: HTMLDocument.Node? = node
    var depth = 0
    while let n = up, depth < 256 {
      if containers.contains(key(n)) { return true }
      up = n.pointee.parent
      depth += 1
    }
    return false
  }
}
