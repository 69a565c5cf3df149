import Crypto

/// Content hashes of articles: SHA-256 (from swift-crypto) of the UTF-8 text, lower-case hex.
/// These are stored (`article.content_hash`) and compared on re-ingest, so the digest of a text
/// must never change.
enum ContentHash {
  private static let digits = Array("0123456789abcdef".utf8)

  /// The lower-case hex SHA-256 digest of `bytes`.
  static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    let digest = SHA256.hash(data: Array(bytes))
    var text: [UInt8] = []
    text.reserveCapacity(SHA256.byteCount * 2)
    for byte in digest {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The content hash of an article's text.
  static func of(_ text: String) -> String { hex(text.utf8) }
}
