import BilatCore

extension ExtractionState {
  /// Bare surnames of people already named in the article ("Smailov said ...").
  mutating func surnames(_ a: inout SentenceAnalysis, _ people: inout [PersonInfo], sentence: Int) {
    var added = false
    var skip = -1
    for i in a.tokens.indices where a.cover[i] < 0 && i > skip {
      let t = a.tokens[i]
      // the full name again ("Xu Kunlin informed ..."): one mention, not two one-word references
      if let p = people.firstIndex(where: { person in
        person.words.count >= 2 && i + person.words.count <= a.tokens.count
          && (0..<person.words.count).allSatisfy { k in
            a.cover[i + k] < 0 && a.tokens[i + k].isWord && fold(a.tokens[i + k].text) == person.words[k]
          }
      }) {
        let r = i..<(i + people[p].words.count)
        var s = Span(kind: .person, tokens: r, name: people[p].name, rule: "name-repeated", confidence: 0.9)
        s.entity = people[p].entity
        people[p].lastSentence = sentence
        a.spans.append(s)
        table.mention(people[p].entity, mention(a, r, "name-repeated", 0.9))
        added = true
        skip = r.upperBound - 1
        continue
      }
      // a regnal number ("Abdullah II") is no one's surname, whatever it folds to
      guard t.isWord, t.isCapitalized, t.kind == .word, !Patterns.isFunctionCapital(t), t.text.count >= 2,
        !People.isNameSuffix(t), !People.isStyleBeforeName(a.tokens, i)
      else {
        continue
      }
      let key = fold(t.text)
      var id: Int?
      if let p = surnameOwner(key, people) {
        // a first name alone is not a reference unless it is a two-word East Asian style name
        id = people[p].entity
        people[p].lastSentence = sentence
      } else if case let canon = lexicon.loneSurnameOwners(key, on: article.published), canon.count == 1,
        t.text.count > 2 || a.tokens[..<i].contains(where: \.isWord),
        !(i + 1 < a.tokens.count && a.tokens[i + 1].isWord && a.tokens[i + 1].isCapitalized)
      {
        // a dictionary person named by one word not yet in the article: not a short word that is
        // capitalized only because it starts the sentence ("So", "Is" fold onto name parts), nor
        // the first of capitalized words ("Senior Media Adviser")
        var s = Span(kind: .person, tokens: i..<(i + 1), name: canon[0], rule: "dictionary-surname", confidence: 0.8)
        s.country = lexicon.office(of: canon[0], on: article.published)?.country
        id = person(s, surface: t.text, &people, sentence: sentence)
      }
      guard let id else { continue }
      // "N. Nazarbayev": the initial of the person's given name before the surname is the name's too
      let r = ExtractionState.initialBefore(a, i, of: table.entities[id].name).map { $0..<(i + 1) } ?? i..<(i + 1)
      var s = Span(
        kind: .person, tokens: r, name: table.entities[id].name, rule: "surname-coreference", confidence: 0.85)
      s.entity = id
      a.spans.append(s)
      table.mention(id, mention(a, r, "surname-coreference", 0.85), surface: a.text(r))
      added = true
    }
    if added { a.reindex() }
  }

  /// The token where an initial and its full stop begin right before token `i` ("N. Nazarbayev"),
  /// when the letter is the first of `name`, the person's full name; else nil.
  static func initialBefore(_ a: SentenceAnalysis, _ i: Int, of name: String) -> Int? {
    guard i >= 2, a.tokens[i - 1].text == ".", a.cover[i - 2] < 0, a.cover[i - 1] < 0 else { return nil }
    let letter = a.tokens[i - 2].text
    guard letter.count == 1, letter.first?.isUppercase == true, name.first.map(String.init) == letter,
      name.split(separator: " ").count >= 2
    else { return nil }
    return i - 2
  }
}
