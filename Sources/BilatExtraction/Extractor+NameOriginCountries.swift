import BilatCore

/// The last resort for a person's country: the spelling of the name, among the article's own
/// countries (``NameOrigins``). Only after every reading of the text (a demonym, an
/// organization, a companion, a side, the dateline) has left the person without one.
extension ExtractionState {
  mutating func nameOriginCountries() {
    var candidates: [String] = []
    func consider(_ c: String?) {
      if let c, !candidates.contains(c) { candidates.append(c) }
    }
    for e in table.entities where e.label == "Country" { consider(e.name) }
    for e in table.entities where e.label == "Person" { consider(e.properties["country"]?.stringValue) }
    // with one country the spelling tells nothing: the person may be of a country not named
    candidates = candidates.filter { NameOrigins.bundled.countries[$0] != nil }
    guard candidates.count >= 2 else { return }
    for p in table.entities.indices where table.entities[p].label == "Person" {
      let name = table.entities[p].name
      // a lone word is as often a misread ("Forum", "Lt") as a surname: too little to go on
      guard table.entities[p].properties["country"] == nil, name.split(separator: " ").count >= 2,
        let c = NameOrigins.bundled.likeliest(name, among: candidates)
      else { continue }
      table.fill(p, "country", c)
    }
  }
}
