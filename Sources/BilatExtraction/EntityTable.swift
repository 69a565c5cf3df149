import BilatCore

/// Collects entities of one article, merging mentions of the same thing by label and folded name.
struct EntityTable {
  struct Key: Hashable {
    var label: String
    var folded: String
  }
  var entities: [ExtractedEntity] = []
  var index: [Key: Int] = [:]
  var folded: [String: String] = [:]

  /// The lookup key within one article: letters and digits, lowercased (typography and
  /// spacing variants meet; spelling variants of people are resolved by the person registry).
  mutating func key(_ label: String, _ name: String) -> Key {
    if let f = folded[name] { return Key(label: label, folded: f) }
    // ASCII fast path on the UTF-8 bytes
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    var ascii = true
    for b in name.utf8 {
      if b >= 0x80 {
        ascii = false
        break
      }
      if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) {
        bytes.append(b)
      } else if b >= 0x41 && b <= 0x5A {
        bytes.append(b + 32)
      }
    }
    if ascii {
      let f = String(decoding: bytes, as: UTF8.self)
      folded[name] = f
      return Key(label: label, folded: f)
    }
    var out = String.UnicodeScalarView()
    for u in name.unicodeScalars {
      if u.value < 0x80 {
        if (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x61 && u.value <= 0x7A) {
          out.append(u)
        } else if u.value >= 0x41 && u.value <= 0x5A, let l = Unicode.Scalar(u.value + 32) {
          out.append(l)
        }
      } else if u.properties.isAlphabetic {
        out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
      }
    }
    let f = String(out)
    folded[name] = f
    return Key(label: label, folded: f)
  }

  /// Facilities by their name without kind modifiers ("Beineu–Bozoi–Shymkent pipeline").
  var facilityCores: [String: [Int]] = [:]
  var facilityWordSets: [Int: Set<String>] = [:]

  /// The words of a facility name and its core (the words that are not kind modifiers).
  static func facilityWords(_ name: String) -> (words: Set<String>, core: String) {
    // scalar-wise (no grapheme breaking): lower-case words of letters and digits
    var words: [String] = []
    var cur = String.UnicodeScalarView()
    func flush() {
      if !cur.isEmpty {
        words.append(String(cur))
        cur = String.UnicodeScalarView()
      }
    }
    for u in name.unicodeScalars {
      let v = u.value
      if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
        cur.append(u)
      } else if v >= 0x41 && v <= 0x5A {
        cur.append(Unicode.Scalar(UInt8(v + 32)))
      } else if v >= 0x80 && u.properties.isAlphabetic {
        cur.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
      } else {
        flush()
      }
    }
    flush()
    return (Set(words), words.filter { !Patterns.facilityModifiers.contains($0) }.joined(separator: " "))
  }

  /// Gives entity `id` the label `label` ("Place" to "City" once talks are known to be held there)
  /// and returns it, or returns the entity that already has that label and name.
  mutating func relabel(_ id: Int, to label: String) -> Int {
    let name = entities[id].name
    if let other = index[key(label, name)] { return other }
    index[key(entities[id].label, name)] = nil
    index[key(label, name)] = id
    entities[id].label = label
    return id
  }

  /// The entity with this label and name, created if needed. A facility named with more or
  /// fewer kind modifiers than a known one ("X gas pipeline" / "X pipeline") is that facility.
  mutating func entity(_ label: String, _ name: String) -> Int {
    let k = key(label, name)
    if let i = index[k] { return i }
    var core = ""
    var nameWords = Set<String>()
    if label == "Facility" {
      let (words, c) = EntityTable.facilityWords(name)
      core = c
      nameWords = words
      for i in facilityCores[c] ?? [] {
        let other = facilityWordSets[i] ?? []
        if other.isSubset(of: words) || words.isSubset(of: other) {
          if !entities[i].aliases.contains(name) { entities[i].aliases.append(name) }
          index[k] = i
          return i
        }
      }
    }
    let id = entities.count
    entities.append(
      ExtractedEntity(id: id, label: label, name: name, aliases: [], properties: ["name": .string(name)], mentions: []))
    index[k] = id
    if label == "Facility" {
      facilityCores[core, default: []].append(id)
      facilityWordSets[id] = nameWords
    }
    return id
  }

  mutating func find(_ label: String, _ name: String) -> Int? { index[key(label, name)] }

  mutating func mention(_ id: Int, _ m: Mention, surface: String? = nil) {
    if !entities[id].mentions.contains(m) { entities[id].mentions.append(m) }
    if let surface, surface != entities[id].name, !surface.isEmpty, !entities[id].aliases.contains(surface) {
      entities[id].aliases.append(surface)
    }
  }

  /// Sets a property unless it is already set.
  mutating func fill(_ id: Int, _ key: String, _ value: String?) {
    guard let value, !value.isEmpty, entities[id].properties[key] == nil else { return }
    entities[id].properties[key] = .string(value)
  }
}
