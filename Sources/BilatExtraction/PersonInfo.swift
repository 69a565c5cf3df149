/// A person known in the article so far.
struct PersonInfo {
  var entity: Int
  var name: String
  var words: [String]
  /// The folded first word of the name as the article first wrote it, which differs from `words`
  /// for a dictionary's other spelling ("mohammed" for "Muhammad bin Salman ...").
  var writtenFirst: String? = nil
  var title: String?
  var country: String?
  var lastSentence: Int
}
