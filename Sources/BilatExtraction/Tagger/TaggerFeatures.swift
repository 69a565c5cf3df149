/// Feature keys of one sentence. Word and shape hashes are computed once per token (they are
/// the neighbours' context too); affixes only for the positions that are scored.
struct TaggerFeatures {
  /// Template numbers (part of the model format: changing them needs a new format version).
  enum Template: UInt64 {
    case bias = 1, word, wordPrev, wordNext, wordPrev2, wordNext2, shape, shapePrev, shapeNext
    case prefix2, prefix3, suffix2, suffix3, suffix4, firstInSentence, wordPrevShape, shapeShapeNext
    case shapePrevShape, length, tagPrev, tagPrev2, tagPrevShape, tagPrevWord, gazetteer, gazetteerPrev
    case gazetteerNext, gazetteerShape, allCapsLength
  }

  static let boundary = FeatureHash.string("<S>")
  static let boundaryEnd = FeatureHash.string("</S>")

  let tokens: [Token]
  var word: [UInt64]
  var shape: [UInt64]
  var gazetteer: [UInt32]

  init(_ tokens: [Token], gazetteer bits: [UInt32]) {
    self.tokens = tokens
    word = []
    shape = []
    word.reserveCapacity(tokens.count)
    shape.reserveCapacity(tokens.count)
    gazetteer = bits
    for t in tokens {
      word.append(FeatureHash.string(t.lower))
      shape.append(TaggerFeatures.shapeHash(t.text))
    }
  }

  /// Hashes of the first two and three and the last two, three and four letters of a token
  /// (0 when it is shorter), and its length class, without building strings.
  struct Affixes {
    var prefix2: UInt64 = 0
    var prefix3: UInt64 = 0
    var suffix2: UInt64 = 0
    var suffix3: UInt64 = 0
    var suffix4: UInt64 = 0
    var length: UInt64 = 0
  }

  static func affixes(_ t: Token) -> Affixes {
    var a = Affixes()
    var count = 0
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    // the last four scalars, most recent in l0
    var l0: UInt32 = 0
    var l1: UInt32 = 0
    var l2: UInt32 = 0
    var l3: UInt32 = 0
    @inline(__always) func mix(_ h: UInt64, _ v: UInt32) -> UInt64 { (h ^ UInt64(v)) &* 0x0000_0100_0000_01b3 }
    for s in t.lower.unicodeScalars {
      count += 1
      if count <= 3 {
        h = mix(h, s.value)
        if count == 2 { a.prefix2 = h }
        if count == 3 { a.prefix3 = h }
      }
      l3 = l2
      l2 = l1
      l1 = l0
      l0 = s.value
    }
    if count == 1 { a.prefix2 = h }
    let seed: UInt64 = 0x8422_2325_cbf2_9ce4
    a.suffix2 = count >= 1 ? mix(mix(seed, l1), l0) : 0
    if count >= 3 { a.suffix3 = mix(mix(mix(seed, l2), l1), l0) }
    if count >= 4 { a.suffix4 = mix(mix(mix(mix(seed, l3), l2), l1), l0) }
    a.length = UInt64(min(count, 12)) &+ (t.isAllCaps ? 100 : 0)
    return a
  }

  /// Word shape: X for upper, x for lower, d for digits, other characters as they are; runs of
  /// the same class collapse after two ("Xxx-Xxx" for "Kassym-Jomart", "XX" for "UN").
  static func shapeHash(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var last: UInt32 = 0
    var run = 0
    for s in text.unicodeScalars {
      let c: UInt32
      let v = s.value
      if v < 0x80 {
        c = v >= 65 && v <= 90 ? 88 : v >= 97 && v <= 122 ? 120 : v >= 48 && v <= 57 ? 100 : v
      } else if s.properties.isUppercase {
        c = 88  // X
      } else if s.properties.isLowercase {
        c = 120  // x
      } else if s.value >= 48 && s.value <= 57 {
        c = 100  // d
      } else {
        c = s.value
      }
      if c == last {
        run += 1
        if run >= 3 { continue }
      } else {
        run = 1
        last = c
      }
      h ^= UInt64(c)
      h &*= 0x0000_0100_0000_01b3
    }
    return h
  }

  @inline(__always) func at(_ a: [UInt64], _ i: Int) -> UInt64 {
    i < 0 ? TaggerFeatures.boundary : i >= a.count ? TaggerFeatures.boundaryEnd : a[i]
  }

  /// The keys of position `i` that do not depend on tags, appended to `out`. `dropGazetteer`
  /// hides the gazetteer bits (feature dropout in training, so names outside the lists are learnt).
  func staticKeys(_ i: Int, dropGazetteer: Bool = false, into out: inout [UInt64]) {
    typealias T = Template
    func k(_ t: T, _ v: UInt64) -> UInt64 { FeatureHash.key(t.rawValue, v) }
    func k(_ t: T, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.key(t.rawValue, a, b) }
    out.append(k(.bias, 0))
    out.append(k(.word, word[i]))
    out.append(k(.wordPrev, at(word, i - 1)))
    out.append(k(.wordNext, at(word, i + 1)))
    out.append(k(.wordPrev2, at(word, i - 2)))
    out.append(k(.wordNext2, at(word, i + 2)))
    out.append(k(.shape, shape[i]))
    out.append(k(.shapePrev, at(shape, i - 1)))
    out.append(k(.shapeNext, at(shape, i + 1)))
    let a = TaggerFeatures.affixes(tokens[i])
    out.append(k(.prefix2, a.prefix2))
    if a.prefix3 != 0 { out.append(k(.prefix3, a.prefix3)) }
    out.append(k(.suffix2, a.suffix2))
    if a.suffix3 != 0 { out.append(k(.suffix3, a.suffix3)) }
    if a.suffix4 != 0 { out.append(k(.suffix4, a.suffix4)) }
    out.append(k(.firstInSentence, i == 0 ? 1 : 0, shape[i]))
    out.append(k(.wordPrevShape, at(word, i - 1), shape[i]))
    out.append(k(.shapeShapeNext, shape[i], at(shape, i + 1)))
    out.append(k(.shapePrevShape, at(shape, i - 1), shape[i]))
    out.append(k(.allCapsLength, a.length))
    guard !dropGazetteer else { return }
    let g = gazetteer[i]
    let gp = i > 0 ? gazetteer[i - 1] : 0
    let gn = i + 1 < gazetteer.count ? gazetteer[i + 1] : 0
    for b in 0..<TaggerGazetteer.Bit.count {
      let bit = UInt32(1) << UInt32(b)
      if g & bit != 0 {
        out.append(k(.gazetteer, UInt64(b)))
        out.append(k(.gazetteerShape, UInt64(b), shape[i]))
      }
      if gp & bit != 0 { out.append(k(.gazetteerPrev, UInt64(b))) }
      if gn & bit != 0 { out.append(k(.gazetteerNext, UInt64(b))) }
    }
  }

  /// The keys of position `i` that depend on the previous two tags.
  func tagKeys(_ i: Int, _ previous: EntityTag, _ previous2: EntityTag, into out: inout [UInt64]) {
    let p = UInt64(previous.rawValue) &+ 1
    let p2 = UInt64(previous2.rawValue) &+ 1
    out.append(FeatureHash.key(Template.tagPrev.rawValue, p))
    out.append(FeatureHash.key(Template.tagPrev2.rawValue, p, p2))
    out.append(FeatureHash.key(Template.tagPrevShape.rawValue, p, shape[i]))
    out.append(FeatureHash.key(Template.tagPrevWord.rawValue, p, word[i]))
  }
}
