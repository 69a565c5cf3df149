import Foundation

/// An article as read from a file: its text (line endings normalized), metadata found in the
/// front matter or the page header, and the UTF-16 ranges of the body paragraphs.
public struct Article: Sendable {
  /// Where the article was read from (path or URL).
  public var source: String
  /// The full text as stored; every offset refers to its UTF-16 code units.
  public var text: String
  /// `text` as UTF-16 code units.
  public var units: [UInt16]
  public var title: String?
  /// Publication date from the front matter, a header line or the dateline.
  public var published: CalendarDate?
  public var outlet: String?
  public var url: String?
  /// The city named in the dateline ("BEIJING, Nov. 29 (Xinhua) --" gives "Beijing").
  public var datelineCity: String?
  /// Whether the dateline carries a date ("MOSCOW, October 21"): the day the story is told from.
  public var datelineDated = false
  /// Body paragraphs (clutter, title and header lines excluded; dateline prefix cut off).
  public var paragraphs: [Range<Int>]
  /// Lines the reader classified as clutter, for inspection and tests.
  public var clutter: [Range<Int>]
  /// Short lines before the body that name only a place, as pages set where a story was filed
  /// ("Lusaka", "Lima.", "Oslo, Norway", "ZNA Lusaka (Zambia)"): the words before a comma
  /// or a parenthesis. The first the dictionaries know as a city stands for a missing dateline.
  public var placeLines: [String] = []

  /// The text of a UTF-16 range.
  public func slice(_ range: Range<Int>) -> String {
    UTF16Text.string(units, range)
  }

  /// Number of words in the body (for speed figures).
  public var bodyWordCount: Int {
    var n = 0
    for p in paragraphs {
      var inWord = false
      for u in units[p] {
        let w = TextClass.isWordUnit(u)
        if w && !inWord { n += 1 }
        inWord = w
      }
    }
    return n
  }
}

/// A sentence of the body with its index (in body order) and UTF-16 range in the article text.
public struct Sentence: Sendable, Equatable {
  public var index: Int
  public var range: Range<Int>
  public var text: String
}

/// Why a file could not be read as an article. Each case carries the file's path.
public enum ReaderError: Error, Equatable, Sendable {
  case empty(path: String)
  case binary(path: String)
  case invalidUTF8(path: String, byteOffset: Int)
  case unreadable(path: String, reason: String)
  case noBody(path: String)
  /// Larger than ``ArticleReader/maximumBytes``: no news article is, and extraction time grows with it.
  case tooLarge(path: String, bytes: Int, limit: Int)
}

extension ReaderError: CustomStringConvertible, LocalizedError {
  public var path: String {
    switch self {
    case .empty(let p), .binary(let p), .invalidUTF8(let p, _), .unreadable(let p, _), .noBody(let p),
      .tooLarge(let p, _, _):
      return p
    }
  }

  public var description: String {
    switch self {
    case .empty(let p): return "\(p): error: file is empty"
    case .binary(let p): return "\(p): error: file looks binary (contains NUL or control bytes), not an article"
    case .invalidUTF8(let p, let offset): return "\(p): error: invalid UTF-8 at byte \(offset)"
    case .unreadable(let p, let reason): return "\(p): error: cannot read file: \(reason)"
    case .noBody(let p): return "\(p): error: no article body found (only headings, links or clutter)"
    case .tooLarge(let p, let bytes, let limit):
      return
        "\(p): error: file is \(bytes) bytes, over the \(limit)-byte limit for one article (set BILAT_MAX_ARTICLE_BYTES to raise it)"
    }
  }

  public var errorDescription: String? { description }
}
