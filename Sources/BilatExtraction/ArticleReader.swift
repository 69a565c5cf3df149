import Foundation

/// Reads `.txt`/`.md` articles: decodes and checks the bytes, reads the optional front matter,
/// finds title, date, dateline city and body, and sets clutter aside. `.html`/`.htm` sources go
/// to ``HTMLReader``, which finds the page's main text and hands its lines back here.
public enum ArticleReader {
  /// The largest file read as one article: 2 MiB, or `BILAT_MAX_ARTICLE_BYTES`. News articles are
  /// tens of kilobytes; a bigger file is almost always a dump or a mistake, and reading it whole
  /// would hold up the ingest of everything after it.
  public static let maximumBytes: Int = {
    if let text = ProcessInfo.processInfo.environment["BILAT_MAX_ARTICLE_BYTES"], let value = Int(text), value > 0 {
      return value
    }
    return 2 << 20
  }()

  /// Reads the file at `path`.
  public static func read(path: String) throws(ReaderError) -> Article {
    let data: Data
    // Checked before reading, so a huge file costs nothing and a pipe does not block.
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      throw .unreadable(path: path, reason: "not a regular file (\(ArticleReader.describe(type)))")
    }
    if let size = attributes?[.size] as? Int, size > maximumBytes {
      throw .tooLarge(path: path, bytes: size, limit: maximumBytes)
    }
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    return try read(data: data, source: path)
  }

  static func describe(_ type: FileAttributeType) -> String {
    switch type {
    case .typeDirectory: return "a folder"
    case .typeCharacterSpecial: return "a character device"
    case .typeBlockSpecial: return "a block device"
    case .typeSocket: return "a socket"
    case .typeSymbolicLink: return "a symbolic link"
    default: return "a named pipe or other special file"
    }
  }

  /// Reads an article from raw bytes.
  public static func read(data: Data, source: String) throws(ReaderError) -> Article {
    if data.count > maximumBytes { throw .tooLarge(path: source, bytes: data.count, limit: maximumBytes) }
    if HTMLReader.handles(source) { return try HTMLReader.read(bytes: [UInt8](data), source: source) }
    let text = try decode(data, source: source)
    return try read(text: text, source: source)
  }

  /// Checks and decodes bytes: empty, binary and invalid UTF-8 input are errors.
  public static func decode(_ data: Data, source: String) throws(ReaderError) -> String {
    let bytes = try checkedBytes([UInt8](data), source: source)
    if let offset = firstInvalidUTF8(bytes) { throw .invalidUTF8(path: source, byteOffset: offset) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The bytes without a UTF-8 byte-order mark; empty and binary input are errors.
  static func checkedBytes(_ raw: [UInt8], source: String) throws(ReaderError) -> [UInt8] {
    var bytes = raw
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: source) }
    var control = 0
    for b in bytes.prefix(8192) {
      if b == 0 { throw .binary(path: source) }
      if b < 0x20 && b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
    }
    if control * 20 > min(bytes.count, 8192) { throw .binary(path: source) }
    return bytes
  }

  static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
    var i = 0
    while i < b.count {
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      let n: Int
      if c & 0xE0 == 0xC0 && c >= 0xC2 {
        n = 1
      } else if c & 0xF0 == 0xE0 {
        n = 2
      } else if c & 0xF8 == 0xF0 && c <= 0xF4 {
        n = 3
      } else {
        return i
      }
      if i + n >= b.count { return i }
      for k in 1...n where b[i + k] & 0xC0 != 0x80 { return i }
      if n == 2 && ((c == 0xE0 && b[i + 1] < 0xA0) || (c == 0xED && b[i + 1] >= 0xA0)) { return i }
      if n == 3 && ((c == 0xF0 && b[i + 1] < 0x90) || (c == 0xF4 && b[i + 1] >= 0x90)) { return i }
      i += n + 1
    }
    return nil
  }

  /// Reads an article from decoded text.
  public static func read(text raw: String, source: String) throws(ReaderError) -> Article {
    if HTMLReader.handles(source) { return try HTMLReader.read(bytes: Array(raw.utf8), source: source) }
    var text = raw
    if raw.utf8.contains(13) {
      text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let units = Array(text.utf16)
    var article = Article(
      source: source, text: text, units: units, title: nil, published: nil, outlet: nil, url: nil,
      datelineCity: nil, paragraphs: [], clutter: [])
    let lines = LineSplitter.lines(units)
    var first = 0
    if let fm = FrontMatter.parse(units, lines) {
      article.title = fm.fields["title"]
      article.outlet = fm.fields["outlet"] ?? fm.fields["source"]
      article.url = fm.fields["url"]
      if let d = fm.fields["date"] ?? fm.fields["published"] {
        article.published = CalendarDate(iso: d) ?? HeaderParser.date(in: d)
      }
      first = fm.endLine
    }
    try readLines(Array(lines[first...]), into: &article)
    return article
  }

  /// Sorts `lines` of the article's text into title, header, body and clutter; an article
  /// without body is an error.
  static func readLines(_ lines: [Range<Int>], into article: inout Article) throws(ReaderError) {
    LineClassifier.classify(lines, into: &article)
    if article.paragraphs.isEmpty { throw .noBody(path: article.source) }
    if article.published == nil { article.published = LineClassifier.fileNameDate(article.source) }
  }
}

/// Lines of a text as UTF-16 ranges (without the newline).
enum LineSplitter {
  static func lines(_ u: [UInt16]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var s = 0
    for i in 0..<u.count where u[i] == 0x0A {
      out.append(s..<i)
      s = i + 1
    }
    if s < u.count { out.append(s..<u.count) }
    return out
  }

  /// The range without leading and trailing white space.
  static func trim(_ u: [UInt16], _ r: Range<Int>) -> Range<Int> {
    var a = r.lowerBound
    var b = r.upperBound
    while a < b && TextClass.isSpace(u[a]) { a += 1 }
    while b > a && TextClass.isSpace(u[b - 1]) { b -= 1 }
    return a..<b
  }
}

/// The `---`-delimited `key: value` block at the top of a file.
struct FrontMatter {
  var fields: [String: String]
  /// Index of the first line after the closing `---`.
  var endLine: Int

  static func parse(_ u: [UInt16], _ lines: [Range<Int>]) -> FrontMatter? {
    guard let firstLine = lines.firstIndex(where: { !LineSplitter.trim(u, $0).isEmpty }),
      String(decoding: u[LineSplitter.trim(u, lines[firstLine])], as: UTF16.self) == "---"
    else { return nil }
    var fields: [String: String] = [:]
    var i = firstLine + 1
    while i < lines.count {
      let line = String(decoding: u[LineSplitter.trim(u, lines[i])], as: UTF16.self)
      if line == "---" { return FrontMatter(fields: fields, endLine: i + 1) }
      if let colon = line.firstIndex(of: ":") {
        let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
          value = String(value.dropFirst().dropLast())
        }
        if !key.isEmpty && !value.isEmpty { fields[key] = value }
      }
      i += 1
      if i - firstLine > 40 { return nil }
    }
    return nil
  }
}
