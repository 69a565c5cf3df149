extension ExtractionState {
  /// Styles that Gulf and Iranian coverage write as part of a name ("Sheikh Tamim bin Hamad Al
  /// Thani", "Sayyid Ebrahim Raisi").
  static let nameStyles: Set<String> = ["sheikh", "sheikha", "shaikh", "sayyid", "sayed", "syed"]

  /// Styles of a reigning monarch ("King Abdullah", "Sultan Haitham"): a monarch known by one
  /// name is known by the styled name too, which is how coverage and reference lists name him.
  static let sovereignStyles: Set<String> = ["king", "queen", "sultan", "emir", "amir", "emperor", "empress"]

  /// "Sheikh Tamim bin Hamad Al Thani", "King Abdullah": the person, named without the style, is
  /// also known by the styled name the text writes (an alias). A sheikh's style joins a full name
  /// only ("Sheikh Hasina" is a name of its own); a monarch's joins a single name too.
  mutating func styledAlias(_ id: Int, _ a: SentenceAnalysis, _ lo: Int) {
    guard lo > 0, a.tokens[lo - 1].isCapitalized else { return }
    let style = a.tokens[lo - 1].lower
    let sovereign = ExtractionState.sovereignStyles.contains(style)
    guard ExtractionState.nameStyles.contains(style) || sovereign else { return }
    let name = table.entities[id].name
    let words = name.split(separator: " ").count
    guard words >= 2 || sovereign && words == 1 else { return }
    let styled = a.tokens[lo - 1].text + " " + name
    if !table.entities[id].aliases.contains(styled) { table.entities[id].aliases.append(styled) }
  }
}
