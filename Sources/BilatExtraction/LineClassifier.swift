import Foundation

/// Sorts the lines of a page into title, header (date) lines, body paragraphs and clutter.
///
/// General rules, not site-specific ones: body paragraphs are lines with several words that end
/// like sentences; short lines without sentence punctuation (menus, headlines in link lists,
/// breadcrumbs, social buttons) are clutter, as is everything after a "Latest news"-style header
/// except long paragraphs, and lines with photo credits, reading times or reuse notices.
enum LineClassifier {
  static let socialWords: Set<String> = [
    "share", "facebook", "telegram", "x", "twitter", "whatsapp", "vk", "vkontakte", "linkedin", "instagram",
    "youtube", "email", "e-mail", "print", "copy", "link", "copy link", "subscribe", "menu", "search", "home",
    "news", "advertisement", "ad", "tags", "comments", "login", "sign in", "log in", "reddit", "viber", "ok",
    "tiktok", "threads", "mail", "rss", "|", "•", "·", "/",
  ]
  static let listHeaders: Set<String> = [
    "latest news", "latest", "most read", "most popular", "popular", "popular news", "related news",
    "related articles", "related", "read also", "see also", "more news", "other news", "recommended",
    "top news", "news feed", "more on this topic", "also read", "read more", "more stories", "trending",
    "editor's picks", "you may also like", "also on this topic", "latest articles", "news of the day",
  ]
  static let clutterPrefixes = [
    "photo:", "photo by", "photo credit", "photos:", "photo ©", "image:", "source:", "tags:", "tag:", "read also",
    "read more", "see also", "related:", "follow us", "subscribe", "share this", "share on", "©", "copyright",
    "(c)", "video:", "illustrative photo", "file photo", "cover photo", "editor:", "author:", "written by",
  ]
  static let clutterFragments = [
    "min read", "minute read", "minutes read", "all rights reserved", "hyperlink", "use of materials",
    "reproduction of", "cookies", "subscribe to", "follow us", "our telegram", "newsletter", "reprinting",
    "materials is allowed", "materials are allowed", "permission of the editorial", "reading time",
  ]

  static func classify(_ lines: [Range<Int>], into article: inout Article) {
    let u = article.units
    let lines = joinWrapped(u, lines)
    var inLinkList = false
    var sawBody = false
    var bulletContext = false
    var headerDateWithoutYear: DateFinder.Match?
    // the date of a stored copy's stamp, which a header date of the page may correct
    var stampDate: CalendarDate?
    var fallback: [Range<Int>] = []
    // Title-like lines before the body, and how many navigation lines came before each: the
    // headline is chosen among them once the body is known (see LineClassifier+Headline).
    var headlines: [HeadlineCandidate] = []
    var navigationLines = 0
    // How many headline-like lines came before the header line that dated the page. A page's
    // masthead shows the day it was read ("Monday, 3 March 2025") above the headline; a full
    // date after a headline line is the story's own and wins over it.
    var mastheadDated: Int?
    // whether the dateline city came from that masthead line, and goes with its date
    var mastheadCity = false
    func dateFromHeader(_ d: CalendarDate, city: String?) {
      if let seen = mastheadDated, headlines.count > seen, article.published != d, stampDate == nil {
        article.published = d
        mastheadDated = nil
        if mastheadCity { article.datelineCity = city }
        mastheadCity = false
      } else if article.published == nil {
        article.published = d
        mastheadDated = headlines.count
        mastheadCity = article.datelineCity == nil && city != nil
      }
    }
    func appendBody(_ r: Range<Int>) {
      var body = r
      // the dateline opens the first paragraph; a caption or a lead-in line may come before it
      // ("LIMA, Peru, May 3, 2019 (Wire) – ..." after a photo's caption), so a dated one
      // opening one of the next two paragraphs counts while none was read
      if let dl = HeaderParser.dateline(u, r),
        !sawBody
          || (article.datelineCity == nil && !article.datelineDated && article.paragraphs.count < 3
            && (dl.date != nil || dl.agency))
      {
        if article.datelineCity == nil, !dl.city.isEmpty { article.datelineCity = dl.city }
        if let d = dl.date {
          article.datelineDated = true
          if let full = d.date(reference: nil) {
            dateFromHeader(full, city: dl.city)
          } else {
            headerDateWithoutYear = headerDateWithoutYear ?? d
          }
        }
        body = LineSplitter.trim(u, dl.bodyStart..<r.upperBound)
      }
      sawBody = true
      inLinkList = false
      article.paragraphs.append(body)
    }
    // the last line with text: a copied excerpt often ends in the middle of its last sentence
    let lastLine = lines.lastIndex { !LineSplitter.trim(u, $0).isEmpty }
    for (n, raw) in lines.enumerated() {
      var r = LineSplitter.trim(u, raw)
      // a stored page's date stamp before its first line ("date 2018-11-13 ASTANA. ...")
      if !sawBody, let stamp = HeaderParser.dateStamp(u, r) {
        if article.published == nil {
          article.published = stamp.date
          stampDate = stamp.date
        }
        article.clutter.append(r.lowerBound..<stamp.rest.lowerBound)
        r = stamp.rest
      }
      if r.isEmpty {
        continue
      }
      if !sawBody, let place = HeaderParser.placeLine(u, r) { article.placeLines.append(place) }
      let words = wordCount(u, r)
      let ends = endsLikeSentence(u, r)
      // Fast path: a long paragraph that ends like a sentence is body text unless it is a notice.
      let longBody =
        ends && words >= 16 && !inLinkList && u[r.lowerBound] != 0x23 && !containsNotice(u, r)
        && !hasClutterPrefix(u, r)
      if !longBody {
        let line = UTF16Text.string(u, r)
        let lower = line.lowercased()
        // Markdown heading: the title if none yet, otherwise a subheading (no facts).
        if line.hasPrefix("#") {
          let stripped = line.drop(while: { $0 == "#" || $0 == " " })
          if article.title == nil && !sawBody { article.title = String(stripped) } else { article.clutter.append(r) }
          continue
        }
        let bare = trimPunctuation(lower)
        if listHeaders.contains(bare) {
          inLinkList = true
          article.clutter.append(r)
          continue
        }
        if words <= 14 || !ends, words <= 24, !isSocialOrNotice(lower, bare), let meta = HeaderParser.metaLine(line) {
          if let d = meta.date.date(reference: nil) {
            // the page's own header date wins over a stored copy's stamp a day or two later
            // (the stamp of a page read the next morning)
            if let stamped = stampDate, article.published == stamped, d != stamped,
              (0...3).contains(stamped.dayNumber - d.dayNumber)
            {
              article.published = d
            }
            stampDate = nil
            dateFromHeader(d, city: meta.city)
          }
          if meta.date.year == nil { headerDateWithoutYear = meta.date }
          if article.datelineCity == nil, let c = meta.city { article.datelineCity = c }
          article.clutter.append(r)
          continue
        }
        // long sentence-like paragraphs are never menus or notices
        if (words < 40 || !ends) && isClutter(lower, bare) || (lower.hasPrefix("by ") && words <= 6 && !ends) {
          if !sawBody { navigationLines += 1 }
          article.clutter.append(r)
          continue
        }
      }
      let isBullet = startsWithBullet(u, r) || bulletContext && opensWithDocumentTitle(u, r)
      // "The following documents were signed" with its colon lost, a document's title next
      let announcesList =
        !ends && !inLinkList && announcesFollowingDocuments(u, r, words: words)
        && lines[(n + 1)...].lazy.map({ LineSplitter.trim(u, $0) }).first(where: { !$0.isEmpty })
          .map({ opensWithDocumentTitle(u, $0) }) == true
      if (ends && words >= 5 && (!inLinkList || words >= 25)) || (isBullet && bulletContext && words >= 2)
        || (!inLinkList && introducesSignedList(u, r, words: words)) || announcesList
      {
        let attribution = ends ? cutAttribution(u, r) : nil
        appendBody(attribution.map { $0.body } ?? r)
        if article.outlet == nil, let outlet = attribution?.outlet { article.outlet = outlet }
        bulletContext = (u[r.upperBound - 1] == 0x3A) || announcesList || (isBullet && bulletContext)
        continue
      }
      bulletContext = false
      // A lead paragraph cut off in its attribution ("..., Outlet reports citing"): body, without
      // the dangling attribution, which names no participant.
      if !inLinkList, !ends, let lead = leadParagraph(u, r, words: words) {
        appendBody(lead.body)
        if article.outlet == nil, let outlet = lead.outlet { article.outlet = outlet }
        continue
      }
      if !inLinkList, !ends,
        let cut = unterminatedBody(
          u, r, words: words, last: n == lastLine, sawBody: sawBody,
          next: { lines[(n + 1)...].lazy.map({ LineSplitter.trim(u, $0) }).first(where: { !$0.isEmpty }) })
      {
        appendBody(cut)
        continue
      }
      // long lines without final punctuation: body only if nothing else is (copied text without periods)
      if words >= 8 && !inLinkList { fallback.append(r) }
      let line = UTF16Text.string(u, r)
      if article.title == nil && !sawBody && words >= 4 && words <= 30 && !line.contains("|") && !line.contains("•")
        && !line.contains("»")
      {
        headlines.append(HeadlineCandidate(range: r, navigationBefore: navigationLines))
      } else {
        article.clutter.append(r)
      }
    }
    if article.paragraphs.isEmpty {
      article.paragraphs = fallback
      article.clutter.removeAll { r in article.paragraphs.contains(r) }
    }
    // a line taken as body for want of any other is not a headline
    headlines.removeAll { article.paragraphs.contains($0.range) }
    if let chosen = headline(headlines, navigationLines: navigationLines, article: article) {
      article.title = UTF16Text.string(u, chosen)
    }
    for candidate in headlines where UTF16Text.string(u, candidate.range) != article.title {
      article.clutter.append(candidate.range)
    }
    if article.published == nil, let partial = headerDateWithoutYear {
      // A dateline such as "Nov. 29" without a year: take the year from a date in the file
      // name ("2023-11-28-....txt"), else from a dated sentence.
      let year = fileNameDate(article.source)?.year ?? firstYear(in: article)
      if let year, let d = CalendarDate(year: year, month: partial.month, day: partial.day) { article.published = d }
    }
  }

  /// A `YYYY-MM-DD` date at the start of the file name, as many archives name their files.
  static func fileNameDate(_ source: String) -> CalendarDate? {
    let name = source.split(separator: "/").last.map(String.init) ?? source
    guard name.count >= 10 else { return nil }
    return CalendarDate(iso: String(name.prefix(10)))
  }

  static func firstYear(in article: Article) -> Int? {
    for p in article.paragraphs {
      let tokens = Tokenizer.tokenize(article.units, p)
      for m in DateFinder.find(in: tokens) where m.year != nil { return m.year }
    }
    return nil
  }

  static let fragmentBytes: [[UInt8]] = clutterFragments.map { Array($0.utf8) }
  static let fragmentUnits: [[UInt16]] = clutterFragments.map { Array($0.utf16) }

  /// Whether the line starts like a photo credit, source line or notice ("Photo: ...").
  static func hasClutterPrefix(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    let head = UTF16Text.string(u, r.lowerBound..<min(r.upperBound, r.lowerBound + 24)).lowercased()
    return clutterPrefixes.contains { head.hasPrefix($0) }
  }

  /// Notice fragments bucketed by their first two (lowercase ASCII) code units.
  static let fragmentBuckets: [UInt32: [[UInt16]]] = {
    var b: [UInt32: [[UInt16]]] = [:]
    for p in fragmentUnits where p.count >= 2 { b[UInt32(p[0]) << 16 | UInt32(p[1]), default: []].append(p) }
    return b
  }()

  @inline(__always) static func lowerASCII(_ c: UInt16) -> UInt16 { c >= 0x41 && c <= 0x5A ? c + 32 : c }

  /// First code units of notice fragments, for a cheap pre-check before the bucket lookup.
  static let fragmentFirst: [Bool] = {
    var b = [Bool](repeating: false, count: 128)
    for p in fragmentUnits where p[0] < 128 { b[Int(p[0])] = true }
    return b
  }()

  /// Whether the line contains a reuse/copyright/reading-time fragment (ASCII case-insensitive),
  /// in one pass over the line.
  static func containsNotice(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    guard r.count >= 2 else { return false }
    var i = r.lowerBound
    while i + 1 < r.upperBound {
      let c = lowerASCII(u[i])
      guard c < 128, fragmentFirst[Int(c)], i == r.lowerBound || !TextClass.isLetter(u[i - 1]) else {
        i += 1
        continue
      }
      let key = UInt32(c) << 16 | UInt32(lowerASCII(u[i + 1]))
      if let bucket = fragmentBuckets[key] {
        for p in bucket where i + p.count <= r.upperBound {
          var k = 2
          while k < p.count && lowerASCII(u[i + k]) == p[k] { k += 1 }
          if k == p.count { return true }
        }
      }
      i += 1
    }
    return false
  }

  /// `s` without leading and trailing spaces and list/heading punctuation.
  static let junk: Set<Character> = [" ", ":", ".", "-", "–", "—", "•", "|", "*"]

  static func trimPunctuation(_ s: String) -> String {
    var sub = Substring(s)
    while let f = sub.first, junk.contains(f) { sub = sub.dropFirst() }
    while let l = sub.last, junk.contains(l) { sub = sub.dropLast() }
    return String(sub)
  }

  /// Whether `haystack` contains any of the byte patterns (plain search; lines are short).
  static func containsAny(_ haystack: String, _ patterns: [[UInt8]]) -> Bool {
    var h = haystack
    return h.withUTF8 { bytes -> Bool in
      let n = bytes.count
      for p in patterns where p.count <= n {
        let first = p[0]
        var i = 0
        while i <= n - p.count {
          if bytes[i] == first {
            var k = 1
            while k < p.count && bytes[i + k] == p[k] { k += 1 }
            if k == p.count { return true }
          }
          i += 1
        }
      }
      return false
    }
  }

  /// Photo credits, reuse notices, reading times: lines to drop even when they contain a date.
  static func isSocialOrNotice(_ lower: String, _ bare: String) -> Bool {
    if socialWords.contains(bare) { return true }
    for p in clutterPrefixes where lower.hasPrefix(p) { return true }
    return containsAny(lower, fragmentBytes)
  }

  static let breadcrumbArrows: [[UInt8]] = [Array(" > ".utf8), Array(" » ".utf8)]
  static let breadcrumbSlash: [[UInt8]] = [Array(" / ".utf8)]

  static func isClutter(_ lower: String, _ bare: String) -> Bool {
    if isSocialOrNotice(lower, bare) { return true }
    // A run of social/menu words: "Facebook Telegram X", "Share | Print".
    // parts split on " ", "|", ",", "•", "·" over the UTF-8 bytes (no grapheme breaking)
    var partCount = 0
    var allSocial = true
    let bytes = Array(bare.utf8)
    if bytes.count <= 120 {
      var start = 0
      var i = 0
      func part(_ end: Int) {
        if end > start {
          partCount += 1
          if allSocial && !socialWords.contains(String(decoding: bytes[start..<end], as: UTF8.self)) {
            allSocial = false
          }
        }
      }
      while i < bytes.count {
        let b = bytes[i]
        var sep = 0
        if b == 0x20 || b == 0x7C || b == 0x2C {
          sep = 1
        } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 {
          sep = 3
        } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xB7 {
          sep = 2
        }
        if sep > 0 {
          part(i)
          i += sep
          start = i
        } else {
          i += 1
        }
      }
      part(bytes.count)
    }
    if partCount > 0 && allSocial { return true }
    // Breadcrumbs: "1. Main Page 2. News 3. Politics", "Home > News > Politics".
    if containsAny(lower, LineClassifier.breadcrumbArrows)
      || containsAny(lower, LineClassifier.breadcrumbSlash) && partCount <= 8
    {
      return true
    }
    // "1. Main Page 2. News": a one- or two-digit number after a space, then a period and no
    // digit; not a year run into the next sentence ("in 2017.They") nor a decimal ("2.5")
    var numbered = 0
    let chars = Array(lower.utf8)
    var i = 0
    while i < chars.count {
      var j = i
      while j < chars.count && chars[j] >= 0x30 && chars[j] <= 0x39 { j += 1 }
      if j > i, j - i <= 2, i == 0 || chars[i - 1] == 0x20, j < chars.count, chars[j] == 0x2E,
        j + 1 == chars.count || !(chars[j + 1] >= 0x30 && chars[j + 1] <= 0x39)
      {
        numbered += 1
      }
      i = max(j, i + 1)
    }
    if numbered >= 2 && !lower.hasSuffix(".") { return true }
    return false
  }

  static func wordCount(_ u: [UInt16], _ r: Range<Int>) -> Int {
    var n = 0
    var inWord = false
    for c in u[r] {
      let w = TextClass.isWordUnit(c)
      if w && !inWord { n += 1 }
      inWord = w
    }
    return n
  }

  static func startsWithBullet(_ u: [UInt16], _ r: Range<Int>) -> Bool {
    guard let c = u[r].first else { return false }
    return c == 0x2D || c == 0x2022 || c == 0x2A || c == 0x2013 || c == 0x2014 || c == 0xB7
  }
}
