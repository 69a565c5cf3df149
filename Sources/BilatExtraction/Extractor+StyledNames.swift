extension ExtractionState {
  /// Styles that Gulf coverage writes as part of a ruler's name ("Sheikh Tamim bin Hamad Al Thani").
  static let nameStyles: Set<String> = ["sheikh", "sheikha", "shaikh"]

  /// "Sheikh Tamim bin Hamad Al Thani": the person, named without the style, is also known by the
  /// styled name the text writes (an alias).
  mutating func styledAlias(_ id: Int, _ a: SentenceAnalysis, _ lo: Int) {
    guard lo > 0, a.tokens[lo - 1].isCapitalized, ExtractionState.nameStyles.contains(a.tokens[lo - 1].lower) else {
      return
    }
    let name = table.entities[id].name
    guard name.split(separator: " ").count >= 2 else { return }
    let styled = a.tokens[lo - 1].text + " " + name
    if !table.entities[id].aliases.contains(styled) { table.entities[id].aliases.append(styled) }
  }
}
