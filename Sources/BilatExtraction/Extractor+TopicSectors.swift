import BilatCore

/// Sectors that a document's or an undertaking's subject words imply, beyond the sector lexicon:
/// "peace agreement" → security, "agreement on international road communication" → transport and
/// logistics, "debt restructuring" → finance. These words are too loose to make a meeting's topic
/// ("a road map", "peace and stability" in talks), so they only give IN_SECTOR to the name that
/// holds them.
extension ExtractionState {
  static let topicSectors: [String: String] = [
    "peace": "security", "crime": "security", "crimes": "security", "criminal": "security",
    "extradition": "security", "police": "security", "policing": "security", "cybersecurity": "security",
    "debt": "finance", "loan": "finance", "loans": "finance", "credit": "finance", "tax": "finance",
    "taxation": "finance", "currency": "finance", "insurance": "finance",
    "road": "transport and logistics", "roads": "transport and logistics", "shipping": "transport and logistics",
    "air": "transport and logistics", "railways": "transport and logistics",
    "power": "energy", "solar": "energy", "electric": "energy", "uranium": "energy", "lng": "energy",
    "food": "agriculture", "fertilizer": "agriculture", "fertiliser": "agriculture", "fisheries": "agriculture",
    "fishery": "agriculture", "dairy": "agriculture", "flour": "agriculture",
    "training": "education", "schools": "education", "school": "education", "scholarships": "education",
    "arts": "culture", "heritage": "culture", "museum": "culture", "museums": "culture",
    "geology": "mining", "lithium": "mining", "copper": "mining", "gold": "mining",
  ]

  /// Words that are a metaphor in a proper name: the "Road" of "Belt and Road", "Silk Road".
  static let metaphorInNames: Set<String> = ["road", "roads"]

  /// The sectors the subject words of `name` imply (`topicSectors`), in the order of the words.
  static func topicSectors(ofName name: String) -> [String] {
    var out: [String] = []
    for w in name.split(whereSeparator: { !$0.isLetter }) {
      let lower = w.lowercased()
      if w.first?.isUppercase == true && metaphorInNames.contains(lower) { continue }
      if let s = topicSectors[lower], !out.contains(s) { out.append(s) }
    }
    return out
  }
}
