import Foundation

/// `application/x-www-form-urlencoded` text, as HTML forms send it in a query string or a POST
/// body: `+` is a space and `%XX` a byte. Hummingbird's query parameters decode `%XX` only, so a
/// form's "Alikhan+Smailov" would arrive with its plus sign.
enum FormEncoding {
  /// Every value of `name` in `encoded`, in order; a value whose `%` escapes are malformed is
  /// kept as it was sent (with `+` as space) rather than dropped.
  static func values(_ name: String, in encoded: String) -> [String] {
    var found: [String] = []
    for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard decode(parts[0]) == name else { continue }
      found.append(parts.count == 2 ? decode(parts[1]) : "")
    }
    return found
  }

  static func decode(_ text: Substring) -> String {
    let spaced = text.replacingOccurrences(of: "+", with: " ")
    return spaced.removingPercentEncoding ?? spaced
  }
}
