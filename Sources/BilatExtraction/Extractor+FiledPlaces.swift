/// A dateline names where a story was filed, which for a trip abroad is often the home city of
/// the agency that filed it ("DUSHANBE, ... Rahmon met the Turkish president in Ankara";
/// "LONDON ... after the talks held in the capital Accra"). A meeting that only the dateline placed
/// takes instead a city in another country that the article tells as where talks took place.
extension ExtractionState {
  /// Replaces each dateline-placed meeting's city by the city that another meeting of one of its
  /// people was placed in by its own sentence, else by the city the article says a meeting was
  /// held in (``meetingSiteCity(_:)``), when that city lies in another country than the dateline's.
  func replaceFiledPlaces(_ meetings: inout [MeetingInfo], _ analyses: [SentenceAnalysis]) {
    guard meetings.contains(where: { $0.placeFiled }) else { return }
    let site = meetingSiteCity(analyses)
    for k in meetings.indices where meetings[k].placeFiled {
      guard let filed = meetings[k].place else { continue }
      let people = Set(meetings[k].participants)
      let sibling = meetings.first {
        $0.placeTold && $0.mode == "in person" && $0.place != nil && !people.isDisjoint(with: $0.participants)
      }
      guard let city = sibling?.place ?? site, city != filed else { continue }
      // two cities of one country: the story may well have been filed where this meeting was
      let country = { (id: Int) in self.table.entities[id].properties["country"]?.stringValue }
      if let a = country(filed), let b = country(city), a == b { continue }
      meetings[k].place = city
      meetings[k].placeFiled = false
    }
  }
}
